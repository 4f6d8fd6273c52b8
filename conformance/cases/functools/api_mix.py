import functools
from functools import lru_cache, singledispatch, total_ordering, partial, reduce, wraps, cmp_to_key, update_wrapper
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info(), sq.cache_clear(), sq.cache_info())
print(sq.__wrapped__(5), sq.__name__, type(sq.cache_info()).__name__, sq.cache_info().hits)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
@singledispatch
def show(x):
    return 'object'
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
show.register(float, lambda x: 'float')
print(show(1), show([1, 2]), show('s'), show(True), show(1.5), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '', sorted(k.__name__ for k in show.registry))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x)[0].v)
p = partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords, partial(p, '11')(), repr(partial(max, 1))[:25])
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented():
    """doc"""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
class C:
    @functools.partialmethod
    def m(self, a):
        return a
try:
    reduce(lambda a, b: a, [1])
except TypeError as e:
    print('TypeError', e)
functools.reduce(1, 2)
