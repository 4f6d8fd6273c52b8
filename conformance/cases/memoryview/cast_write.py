ba = bytearray(4)
m = memoryview(ba).cast('H')
m[0] = 258
m[1] = 65535
print(ba, m.tolist())
