import random
random.seed(b'abc')
print(random.random(), random.randint(1, 1000))
random.seed(bytearray(b'abc'))
print(random.random())
random.seed('')
print(random.random())
random.seed('h\xe9llo \u20ac')
print(random.getrandbits(64))
