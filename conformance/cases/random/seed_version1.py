import random
random.seed('abc', version=1)
print(random.random())
random.seed(b'xyz', version=1)
print(random.random())
random.seed('', version=1)
print(random.random())
