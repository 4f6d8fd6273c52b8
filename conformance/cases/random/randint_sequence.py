import random
random.seed(31337)
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(0, 10**20) for _ in range(3)])
print(random.randint(7, 7))
