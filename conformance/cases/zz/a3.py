m = memoryview(b'abc').cast('c')
print(m[0], m.tolist(), m.format)
