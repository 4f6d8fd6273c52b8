a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == memoryview(b'abc'), a == b'abd', a != b'abc', a == 'abc', memoryview(b'ab')[::-1] == b'ba')
