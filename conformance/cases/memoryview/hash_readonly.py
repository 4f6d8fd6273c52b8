print(hash(memoryview(b'abc')) == hash(b'abc'))
