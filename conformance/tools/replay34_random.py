"""Replays CPython 3.4's random.gammavariate(alpha == 1) and shuffle(x, random) under python3.

Usage: python3 conformance/tools/replay34_random.py CASE.py
Produces the stdout recorded in conformance/overrides.json for the random
cases whose 3.4 algorithm differs from 3.11 (PYTHONHASHSEED=0).
"""
import random, sys, io, contextlib
from math import log as _log
_orig_gamma = random.Random.gammavariate
def gammavariate(self, alpha, beta):
    if alpha == 1.0:
        u = self.random()
        while u <= 1e-7:
            u = self.random()
        return -_log(u) * beta
    return _orig_gamma(self, alpha, beta)
_orig_shuffle = random.Random.shuffle
def shuffle(self, x, random=None):
    if random is None:
        return _orig_shuffle(self, x)
    for i in reversed(range(1, len(x))):
        j = int(random() * (i + 1))
        x[i], x[j] = x[j], x[i]
random.Random.gammavariate = gammavariate
random.Random.shuffle = shuffle
random.gammavariate = random._inst.gammavariate
random.shuffle = random._inst.shuffle
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), {'__name__': '__main__'})
sys.stdout.write(buf.getvalue())
