# random.py (interp/lib) against CPython's random: same seeds, same sequences.
import random  # kaa: lib

for seed in [0, 42, -5, 2**70, "hello", b"xyz", "ünï"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 10**15, 3), random.getrandbits(40))
    print(random.choice("abcdefg"), random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1))
    l = list(range(20))
    random.shuffle(l)
    print(l, random.sample(range(1000), 5), random.sample("abcdefgh", 8))
    print(random.normalvariate(2, 3), random.expovariate(2), random.triangular(1, 5, 2), random.betavariate(2, 5))
    print(random.gammavariate(0.7, 2), random.gammavariate(3, 1), random.vonmisesvariate(1, 3), random.weibullvariate(2, 3))
    print(random.lognormvariate(0, 0.5), random.sample(range(10**9), 3))
r = random.Random(7)
s = r.getstate()
print(s[0], len(s[1]), s[2])
a = [r.random() for i in range(5)]
r.setstate(s)
print(a == [r.random() for i in range(5)])
for bad in [lambda: random.randrange(5, 5), lambda: random.randrange(0), lambda: random.choice([]),
            lambda: random.randrange(1, 9, 0), lambda: random.gammavariate(-1, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
# randrange(1.5): 3.4 raises "non-integer arg 1 for randrange()" silently; 3.11 also warns (not compared)
