bytearray(b'abc')[1.5]
