memoryview('abc')
