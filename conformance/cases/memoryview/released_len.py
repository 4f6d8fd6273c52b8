m = memoryview(b'abc')
m.release()
len(m)
