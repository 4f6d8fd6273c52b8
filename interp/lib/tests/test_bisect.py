import bisect
import random
from kaa_check import show

rng = random.Random(7)
for trial in range(40):
    a = sorted(rng.randrange(20) for _ in range(rng.randrange(0, 15)))
    for x in range(-1, 22, 3):
        print(a, x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
              bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, min(4, len(a))),
              bisect.bisect_left(a, x, hi=min(3, len(a))), bisect.bisect_right(a, x, lo=len(a)))
    b = list(a)
    bisect.insort(b, 5)
    bisect.insort_left(b, 5.0)
    bisect.insort_right(b, 7, 0, len(b))
    bisect.insort_left(b, -3, lo=0)
    print(b)
words = ['apple', 'banana', 'cherry']
print(bisect.bisect(words, 'blueberry'), bisect.bisect_left(words, 'cherry'))
show("neg lo", lambda: bisect.bisect_left([1, 2], 1, -1))
show("neg lo r", lambda: bisect.bisect_right([1, 2], 1, lo=-5))
show("neg lo insort", lambda: bisect.insort([1, 2], 1, -1))
show("tuple", lambda: bisect.bisect((1, 2, 3), 2))
show("hi None", lambda: bisect.bisect_right([1, 2, 3], 2, 0, None))
show("unorderable", lambda: bisect.bisect([1, 2], 'a'))
show("range", lambda: bisect.bisect_left(range(0, 100, 3), 50))
class Seq(list):
    def insert(self, i, x):
        print("insert called", i, x)
        list.insert(self, i, x)
s = Seq([1, 3])
bisect.insort(s, 2)
print(s)
