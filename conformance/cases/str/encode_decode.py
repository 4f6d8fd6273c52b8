s = 'héllo €'
b = s.encode('utf-8')
print(b, len(b), b.decode('utf-8') == s, s.encode('latin-1', 'replace'), 'abc'.encode('ascii'))
