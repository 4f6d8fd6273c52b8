m = memoryview(bytearray(b'abc'))
m[0:2] = b'xyz'
