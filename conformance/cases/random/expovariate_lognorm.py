import random
random.seed(11)
print([random.expovariate(1.5) for _ in range(4)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
