class B(bytes):
    pass
b = B(b'abc')
print(b, len(b), b.upper(), isinstance(b, bytes), type(b).__name__, b == b'abc')
