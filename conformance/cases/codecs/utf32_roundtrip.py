s = 'a€😀'
for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
