import random
random.seed(1)
print(random.randrange(10), random.randrange(0, 100, 5), round(random.uniform(1, 2), 6), random.getrandbits(16))
