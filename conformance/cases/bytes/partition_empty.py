b'abc'.partition(b'')
