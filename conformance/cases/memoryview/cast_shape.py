m = memoryview(b'abcdef').cast('B', shape=[2, 3])
print(m.ndim, m.shape, m.strides, m.tolist(), m.tobytes())
