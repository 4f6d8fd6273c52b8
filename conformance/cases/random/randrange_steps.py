import random
random.seed(2024)
print([random.randrange(100) for _ in range(5)])
print([random.randrange(10, 20) for _ in range(5)])
print([random.randrange(100, 0, -7) for _ in range(5)])
print([random.randrange(-50, 50, 3) for _ in range(5)])
print(random.randrange(2**70), random.randrange(10**30, 10**31))
