hash(memoryview(bytearray(b'a')))
