print(b','.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([bytearray(b'x'), memoryview(b'y')]), bytearray(b', ').join([b'1', b'2']))
