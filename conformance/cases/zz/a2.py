print(b'a b c'.split(maxsplit=1), b'abc'.count(b'a', None, None), b'abc'.find(b'c', -1), bytearray(b'abc').find(98))
