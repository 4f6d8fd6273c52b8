hash(bytearray(b'a'))
