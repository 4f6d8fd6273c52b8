memoryview(b'abc')[3]
