m = memoryview(b'abc')
print(memoryview.tobytes(m), bytes.upper(b'a'), bytearray.upper(bytearray(b'q')))
