import random
names = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
         "randrange", "shuffle", "normalvariate", "lognormvariate",
         "expovariate", "vonmisesvariate", "gammavariate", "triangular",
         "gauss", "betavariate", "paretovariate", "weibullvariate",
         "getstate", "setstate", "getrandbits", "SystemRandom"]
print([n for n in names if not hasattr(random, n)])
print(random.BPF, random.RECIP_BPF, round(random.NV_MAGICCONST, 12), round(random.TWOPI, 12))
