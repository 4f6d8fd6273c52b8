# attack: b'\xff' * 12*10**6 decoded with errors='replace' under 32 MiB: each bad byte becomes a 3-byte U+FFFD, so the output buffer (started at the input's size) doubles past the limit inside the codec, where no instruction runs; its growth is now checked before it happens
# expect: memory_limit  limits: memory=32M wall=5
b = b'\xff' * (12 * 10 ** 6)
s = b.decode('utf-8', 'replace')
print(len(s))
