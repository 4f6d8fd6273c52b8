d = {}
for i in range(256):
    d[bytes([i, 255 - i])] = i
print(len(d), d[b'\x10\xef'])
