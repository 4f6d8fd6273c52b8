# A class-level Python __next__ drives for loops and comprehensions: items,
# StopIteration (and subclasses) ending the loop, other exceptions with their
# traceback, nesting, a __class__ change mid-loop, and the recursion limit.
import sys


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Count(3)), sum(x for x in Count(4)), [x * x for x in Count(3)])
total = 0
for x in Count(5):
    for y in Count(x):
        total += y
print('nested', total)


class SubStop(StopIteration):
    pass


class EndsWithSub(Count):
    def __next__(self):
        if self.i >= self.n:
            raise SubStop('done')
        self.i += 1
        return -self.i


print(list(EndsWithSub(2)))


class Other(Count):
    def __next__(self):
        return 'other'


c = Count(10)
seen = []
for x in c:
    seen.append(x)
    if x == 2:
        c.__class__ = Other
    if len(seen) == 4:
        break
print('class change', seen)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError('boom')


def loop_bad():
    for x in Bad():
        pass


try:
    loop_bad()
except ValueError as e:
    print('ValueError', e)


class Deep:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        return self

    def __next__(self):
        for _ in Deep(self.d + 1):
            pass
        raise StopIteration


sys.setrecursionlimit(200)
try:
    for _ in Deep(0):
        pass
except RuntimeError as e:
    print('RuntimeError', e)
sys.setrecursionlimit(1000)


class WithDefault:
    def __init__(self):
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self, step=2):
        self.k += step
        if self.k > 6:
            raise StopIteration
        return self.k


print(list(WithDefault()))
for i, v in enumerate(Count(2)):
    print(i, v)
loop_bad()
