print(str(b'abc', 'ascii'), str(bytearray(b'\xe9'), 'latin-1'), str(b'\xff', 'utf-8', 'replace').encode())
