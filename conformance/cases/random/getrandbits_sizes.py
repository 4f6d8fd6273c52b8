import random
random.seed(99)
print([random.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 200)])
