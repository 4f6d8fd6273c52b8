print(repr(memoryview(b'')), len(memoryview(b'')), memoryview(b'').tolist())
