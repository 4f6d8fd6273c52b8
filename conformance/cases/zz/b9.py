m = memoryview(b'ab').cast('B', shape=[1, 2])
try:
    m[0]
except NotImplementedError as e:
    print(e)
try:
    len(memoryview(b'ab').cast('B', shape=[3]))
except TypeError as e:
    print(e)
