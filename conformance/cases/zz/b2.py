m = memoryview(b'hello')
print(m[1:4][1:], m[::-1][::2].tobytes(), m[5:].tobytes(), len(m[5:]))
