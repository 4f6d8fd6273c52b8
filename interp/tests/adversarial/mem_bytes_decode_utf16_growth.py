# attack: 6*10**6 UTF-16 units of '€' decoded under 32 MiB: each 2-byte unit becomes 3 bytes of text, so the result buffer (started at one byte per unit) doubles twice inside the codec; its growth is now checked before it happens
# expect: memory_limit  limits: memory=32M wall=5
b = b'\xac\x20' * (6 * 10 ** 6)
s = b.decode('utf-16-le')
print(len(s))
