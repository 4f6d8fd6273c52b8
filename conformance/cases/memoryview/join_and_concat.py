print(b'-'.join([memoryview(b'a'), memoryview(b'b')]), b'x' + memoryview(b'y'), bytearray(b'z') + memoryview(b'w'))
