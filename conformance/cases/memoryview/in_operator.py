m = memoryview(b'abc')
print(97 in m, 100 in m)
