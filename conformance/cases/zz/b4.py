m = memoryview(bytearray(8)).cast('d')
m[0] = 1.5
print(m.tolist(), m.format, m.itemsize)
f = memoryview(bytearray(8)).cast('f')
f[1] = 2.25
print(f.tolist())
