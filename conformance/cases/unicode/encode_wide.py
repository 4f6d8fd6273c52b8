# UTF-16 and UTF-32 with surrogates: one character per error.
s = 'x\ud800\udfff'
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    print(enc, s.encode(enc, 'surrogatepass'), s.encode(enc, 'replace'), s.encode(enc, 'ignore'))
for h in ('strict', 'surrogateescape'):
    try:
        '\udc80\udcff'.encode('utf-16', h)
    except UnicodeEncodeError as e:
        print(h, e, e.start, e.end)
s.encode('utf-32')
