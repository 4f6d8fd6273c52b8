class B(bytearray):
    pass
b = B(b'abc')
b += b'd'
b.append(101)
print(b, type(b).__name__, b.upper(), type(b.upper()).__name__, b[1:], type(b[1:]).__name__)
