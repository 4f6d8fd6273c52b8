import random
random.seed(10)
print([random.gauss(0, 1) for _ in range(5)])
print([random.normalvariate(10, 2) for _ in range(3)])
random.seed(10)
a = random.gauss(0, 1)
random.seed(10)
print(a == random.gauss(0, 1))
