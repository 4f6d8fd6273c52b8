import random
random.seed(13)
print([random.vonmisesvariate(0, 4) for _ in range(3)])
print(random.vonmisesvariate(1, 0))
print([random.paretovariate(2.5) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])
