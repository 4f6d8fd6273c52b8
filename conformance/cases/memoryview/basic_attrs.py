m = memoryview(b'abcd')
print(len(m), m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.obj == b'abcd')
