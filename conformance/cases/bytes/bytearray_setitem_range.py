ba = bytearray(b'abc')
ba[0] = 256
