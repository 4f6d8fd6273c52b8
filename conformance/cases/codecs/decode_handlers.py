b = b'a\xff\xc3\xa9\xe2\x82'
for h in ['ignore', 'replace']:
    print(h, ascii(b.decode('utf-8', h)), ascii(b.decode('ascii', h)))
