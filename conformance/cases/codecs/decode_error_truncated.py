b'abc\xe2\x82'.decode('utf-8')
