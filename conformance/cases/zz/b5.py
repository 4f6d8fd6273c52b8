m = memoryview(b'\x01\x02\x03\x04').cast('B', [2, 2])
print(m.cast('B').tolist(), m.c_contiguous, m.contiguous, m.suboffsets)
