import random
random.seed(3)
print([random.uniform(-1, 1) for _ in range(3)])
print(random.uniform(5, 2))
print([random.triangular() for _ in range(2)])
print([random.triangular(0, 10, 8) for _ in range(3)])
print(random.triangular(1, 1, 1), random.triangular(2, 5))
