b = b'abc'
b[1.5]
