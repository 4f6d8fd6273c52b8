# attack: '€' * 4*10**6 encoded to ASCII with errors='backslashreplace' under 32 MiB: 3 bytes of text become the 6 bytes of '\u20ac', so the output buffer doubles past the limit inside the codec; its growth is now checked before it happens
# expect: memory_limit  limits: memory=32M wall=5
s = '€' * (4 * 10 ** 6)
b = s.encode('ascii', 'backslashreplace')
print(len(b))
