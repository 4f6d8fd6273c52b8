m = memoryview(memoryview(b'abc')[1:])
print(m.tobytes(), len(m), m.obj)
