m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), len(m[2:]), m[1:3][0])
