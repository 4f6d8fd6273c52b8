b = b'abc'
b[0] = 1
