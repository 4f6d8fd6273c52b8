b'abc'.find(256)
