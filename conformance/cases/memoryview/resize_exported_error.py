ba = bytearray(b'abc')
with memoryview(ba) as m:
    print(m.tobytes())
ba += b'd'
print(ba)
m = memoryview(ba)
ba += b'e'
