ba = bytearray(b'0123456789')
m = memoryview(ba)[2:8:2]
print(m.tolist(), m.strides)
m[1] = 120
print(ba, m.tobytes())
