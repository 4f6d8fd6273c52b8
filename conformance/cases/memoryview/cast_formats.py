m = memoryview(bytearray(b'\x01\x00\x02\x00\xff\xff\xff\xff'))
h = m.cast('H')
print(h.format, h.itemsize, len(h), h.tolist())
print(m.cast('i').tolist(), m.cast('I').tolist(), m.cast('b').tolist(), m.cast('q').tolist(), m.cast('c').tolist()[:2])
