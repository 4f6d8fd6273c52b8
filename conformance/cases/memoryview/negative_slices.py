m = memoryview(b'abcdef')
print(m[-6], m[1:-1].tolist(), m[::-2].tolist(), m[-1:-7:-1].tobytes())
