memoryview(b'abc').cast('H')
