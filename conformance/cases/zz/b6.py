m = memoryview(b'abcd')
try:
    m[::2].cast('B')
except TypeError as e:
    print(e)
try:
    m.cast('H').cast('I')
except TypeError as e:
    print(e)
try:
    m.cast('Z')
except ValueError as e:
    print(e)
