# bytearray.__alloc__(): the allocated size, at least len + 1 once non-empty.
b = bytearray(b'abc')
print(type(b.__alloc__()).__name__, b.__alloc__() >= len(b) + 1)
b.extend(b'x' * 100)
print(b.__alloc__() >= len(b) + 1, bytearray(10).__alloc__() >= 11)
bytearray().__alloc__(1)
