print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'), bytearray(b'aXa').replace(b'X', b''))
