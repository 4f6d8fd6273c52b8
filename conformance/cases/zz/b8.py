m = memoryview(bytearray(b'abc'))
try:
    m[0] = b'x'
except TypeError as e:
    print(e)
try:
    m[0] = 300
except ValueError as e:
    print(e)
try:
    m[0] = 1.5
except TypeError as e:
    print(e)
