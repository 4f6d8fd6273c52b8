s = ''.join(chr(c) for c in [0x41, 0xe9, 0x3b1, 0x4e2d, 0x1f600, 0x10ffff])
b = s.encode()
print(b, len(b), b.decode() == s)
