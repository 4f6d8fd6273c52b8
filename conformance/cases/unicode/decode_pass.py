# surrogatepass decodes encoded surrogates.
print(ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), ascii(b'a\xed\xbf\xbfb'.decode('utf-8', 'surrogatepass')))
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')), ascii(b'\xdc\x80'.decode('utf-16-be', 'surrogatepass')))
print(ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')), ascii(b'=\xd8\x00\xde'.decode('utf-16-le', 'surrogatepass')))
s = '\ud800x\udfff'
for enc in ('utf-8', 'utf-16', 'utf-32-be'):
    print(enc, s.encode(enc, 'surrogatepass').decode(enc, 'surrogatepass') == s)
b'\xed\xa0\x80\xff'.decode('utf-8', 'surrogatepass')
