300 in b'abc'
