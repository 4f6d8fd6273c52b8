s = 'a\u20acb\xe9'
for e in ['replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
    print(e, s.encode('ascii', e), s.encode('latin-1', e))
print(s.encode(), s.encode('utf-8', 'strict'), 'abc'.encode(encoding='ascii', errors='strict'))
