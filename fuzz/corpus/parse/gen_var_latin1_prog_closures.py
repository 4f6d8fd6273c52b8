# -*- coding: latin-1 -*-
# Closures, nonlocal counters, function factories, partial application.
from functools import partial, reduce


def make_counter(start=0, step=1):
    value = start

    def counter():
        nonlocal value
        value += step
        return value
    return counter


def compose(*funcs):
    return reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), funcs)


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


c = make_counter(10, 5)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
pow2 = partial(pow, 2)
print(c(), c(), inc_then_double(3), pow2(10), ways(100))
