# repr() escapes exactly the non-printable characters (Unicode 6.3 table; these agree with 3.11)
for cp in [0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad, 0xe9, 0x378, 0x2028, 0x200b, 0x3000,
           0xe000, 0xfeff, 0xfff0, 0xfffc, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0xf0000]:
    c = chr(cp)
    print(hex(cp), repr(c), ascii(c), c.isprintable())
print(repr(str(b'\xff', 'utf-8', 'replace')))
print(repr('tab\there\x00\u0085end'))
