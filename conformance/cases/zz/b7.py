m = memoryview(b'abc')
try:
    m['x']
except TypeError as e:
    print(e)
try:
    m[0:2] = b'xy'
except TypeError as e:
    print(e)
