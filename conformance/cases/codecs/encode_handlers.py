s = 'aé€😀'
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(h, s.encode('ascii', h), s.encode('latin-1', h))
