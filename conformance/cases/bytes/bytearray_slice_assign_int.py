ba = bytearray(b'abc')
ba[0:1] = 5
