m = memoryview(bytearray(b'ab'))
del m[0]
