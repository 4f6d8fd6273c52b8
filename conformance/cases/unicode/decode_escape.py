# bytes.decode(..., 'surrogateescape') round-trips undecodable bytes.
for b in (b'abc', b'a\xffb', b'\x80\x81', b'\xe9t\xe9', b'\xf0\x9f', b'\xf0\x9f\x98\x80!'):
    s = b.decode('utf-8', 'surrogateescape')
    print(b, ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == b)
print(ascii(b'a\xffb\x80'.decode('ascii', 'surrogateescape')), ascii(str(b'\xfe', 'utf-8', 'surrogateescape')))
b'\xff'.decode('utf-8')
