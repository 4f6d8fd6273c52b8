m = memoryview(bytearray(b'ab'))
m2 = m.cast('B')
m2[0] = 99
print(m.tobytes(), m2.obj)
