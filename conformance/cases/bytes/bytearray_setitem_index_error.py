ba = bytearray(b'abc')
ba[3] = 1
