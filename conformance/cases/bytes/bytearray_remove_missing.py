bytearray(b'abc').remove(100)
