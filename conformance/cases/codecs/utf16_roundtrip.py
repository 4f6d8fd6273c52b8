s = 'a€😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
