ba = bytearray(b'abcd')
m = memoryview(ba)
print(m.readonly)
m[0] = 65
m[1:3] = b'XY'
print(ba)
