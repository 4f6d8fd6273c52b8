# chr() and ord() cover the whole surrogate range.
for cp in (0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000):
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, ascii(c))
print(chr(0xd800) == '\ud800', chr(0xdc80) + chr(0x41))
chr(0x110000)
