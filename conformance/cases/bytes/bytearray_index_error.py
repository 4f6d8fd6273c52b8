bytearray(b'abc')[5]
