b'abc'[5]
