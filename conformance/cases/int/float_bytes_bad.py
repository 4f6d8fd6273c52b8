float(b'abc')
