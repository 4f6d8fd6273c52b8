print(str(b'abc', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(b'\xe9t\xe9', 'latin-1'), str(bytearray(b'hi'), 'utf-8'), str(b'a\xffb', 'ascii', 'ignore'))
str(b'\xff', 'utf-8')
