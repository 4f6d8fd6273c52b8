"""Runs Kaa's interp/lib/random.py under python3 (over CPython's own
_random core) and compares its sequences with python3's random module.
Usage: python3 interp/lib/tests/check_random_vs_python3.py  (prints 'N passed, M failed')."""
import importlib.util
import os
import random as cpy
import faulthandler, sys
if "-t" in sys.argv: faulthandler.dump_traceback_later(5, exit=True)

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("kaa_random", os.path.join(here, "..", "random.py"))
kr = importlib.util.module_from_spec(spec)
spec.loader.exec_module(kr)

passed = failed = 0

def check(name, f):
    global passed, failed
    for seed in [0, 1, 42, -17, 2**40 + 3, "hello", b"bytes", "", "ünï"]:
        a, b = kr.Random(seed), cpy.Random(seed)
        try:
            x = f(a)
        except Exception as e:
            x = "%s: %s" % (type(e).__name__, e)
        try:
            y = f(b)
        except Exception as e:
            y = "%s: %s" % (type(e).__name__, e)
        if x == y:
            passed += 1
        else:
            failed += 1
            print("FAIL", name, repr(seed), x, y)

check("random", lambda r: [r.random() for i in range(50)])
check("randint", lambda r: [r.randint(1, 100) for i in range(50)])
check("randrange", lambda r: [r.randrange(3, 10**12, 7) for i in range(50)] + [r.randrange(-5, 5) for i in range(9)] + [r.randrange(100, 0, -3) for i in range(9)])
check("bigrange", lambda r: [r.randrange(10**30) for i in range(20)])
check("choice", lambda r: [r.choice("abcdefghij") for i in range(50)])
check("shuffle", lambda r: [r.shuffle(l) or l for l in [list(range(30)) for i in range(5)]])
check("sample", lambda r: [r.sample(range(100), 10), r.sample(range(10**6), 50), r.sample("abcdef", 6), r.sample(range(30), 5)])
check("uniform", lambda r: [r.uniform(-3, 7.5) for i in range(20)])
check("triangular", lambda r: [r.triangular(0, 10, 3) for i in range(20)] + [r.triangular() for i in range(5)])
check("gauss", lambda r: [r.gauss(1, 2) for i in range(21)])
check("normalvariate", lambda r: [r.normalvariate(0, 1) for i in range(20)])
check("lognormvariate", lambda r: [r.lognormvariate(0, 1) for i in range(20)])
check("expovariate", lambda r: [r.expovariate(1.5) for i in range(20)])
check("vonmises", lambda r: [r.vonmisesvariate(1, 4) for i in range(20)] + [r.vonmisesvariate(1, 0)])
check("gamma", lambda r: [r.gammavariate(2.5, 3) for i in range(20)] + [r.gammavariate(0.5, 1) for i in range(20)])
check("beta", lambda r: [r.betavariate(2, 3) for i in range(20)])
check("weibull", lambda r: [r.weibullvariate(1, 2) for i in range(20)])
check("getrandbits", lambda r: [r.getrandbits(k) for k in (1, 7, 32, 33, 64, 200)])
def state_round_trip(r):
    r.gauss(0, 1)
    s = r.getstate()
    a = [r.gauss(0, 1) for i in range(5)]
    r.setstate(s)
    return s[0], len(s[1]), a == [r.gauss(0, 1) for i in range(5)]
check("state", state_round_trip)
check("empty choice", lambda r: r.choice([]))
check("zero step", lambda r: r.randrange(1, 5, 0))
check("empty randrange", lambda r: r.randrange(0))

# Not compared (3.4 differs from 3.11): paretovariate (3.4 computes 1.0 / u ** (1.0/alpha),
# 3.11 u ** (-1.0/alpha): last-bit differences), gammavariate(1.0, b)
# (3.4 loops on u <= 1e-7 and uses -log(u)), randint(5, 1)'s message spacing,
# sample(set) (3.4 allows it), sample([1, 2], 3) (3.11 appends " or is negative"),, sample() of a dict (message text).
print("%d passed, %d failed" % (passed, failed))
