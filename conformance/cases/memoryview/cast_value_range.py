m = memoryview(bytearray(2)).cast('H')
m[0] = 70000
