# str.encode('utf-8', errors) for strings with lone surrogates.
s = 'a\ud800\udc00b\udc80'
for h in ('surrogatepass', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
    print(h, s.encode('utf-8', h))
print('\udc80\udcff'.encode('utf-8', 'surrogateescape'))
try:
    s.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
s.encode()
