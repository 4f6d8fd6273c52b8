b'abc'.split(b'')
