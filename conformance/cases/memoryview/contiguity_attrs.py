# memoryview's contiguity flags and suboffsets.
m = memoryview(b'abcdef')
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)
s = m[::2]
print(s.c_contiguous, s.f_contiguous, s.contiguous, s.suboffsets, s.tobytes())
c = memoryview(bytearray(b'abcd')).cast('B', [2, 2])
print(c.c_contiguous, c.contiguous, c.shape, c.strides)
m.release()
m.contiguous
