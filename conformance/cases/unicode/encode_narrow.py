# ASCII and Latin-1 refuse surrogates like any character past their range.
s = '\xe9\udc80z\udcff'
for enc in ('ascii', 'latin-1'):
    for h in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, h, s.encode(enc, h))
print('\udc80\udcff'.encode('ascii', 'surrogateescape'), '\udc80'.encode('latin-1', 'surrogateescape'))
try:
    s.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
'\udc80'.encode('ascii', 'surrogatepass')
