m = memoryview(b'abc')
print(m[0], bytes(m[1:]), len(m), m.tobytes())
