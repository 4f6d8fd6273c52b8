import functools
from kaa_check import show, py34

# reduce
show("reduce", lambda: functools.reduce(lambda a, b: a * b, range(1, 10)))
show("reduce init", lambda: functools.reduce(lambda a, b: a + b, [], 7))
show("reduce one", lambda: functools.reduce(lambda a, b: a + b, [5]))
show("reduce str", lambda: functools.reduce(lambda a, b: b + a, 'abc', '!'))
py34("reduce empty", lambda: functools.reduce(lambda a, b: a, []),
     "TypeError: reduce() of empty sequence with no initial value")
show("reduce noniter", lambda: functools.reduce(lambda a, b: a, 5))
show("reduce few", lambda: functools.reduce(len))
show("reduce many", lambda: functools.reduce(len, [], 1, 2))
show("reduce kw", lambda: functools.reduce(lambda a, b: a, [1], initial=3))

# partial
def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))
p = functools.partial(f, 1, c=3)
show("partial call", lambda: p())
show("partial call2", lambda: p(5, 6, d=4, c=9))
show("partial attrs", lambda: (p.func is f, p.args, p.keywords))
show("partial repr", lambda: repr(functools.partial(int, '10', base=2)))
show("partial int", lambda: functools.partial(int, base=2)('101'))
show("partial none", lambda: functools.partial())
show("partial noncallable", lambda: functools.partial(1))
p.attr = 5
show("partial dict", lambda: p.attr)
show("partial setfunc", lambda: setattr(p, 'func', None))
show("partial nested", lambda: functools.partial(functools.partial(f, 1), 2)(3))
class Sub(functools.partial):
    pass
show("partial sub", lambda: Sub(f, 9)())

# partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=None):
        self.state = (state, extra)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, extra='x')
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
c = Cell()
c.set_alive()
show("pm", lambda: c.state)
c.set_dead()
show("pm2", lambda: c.state)
show("pm cls", lambda: Cell.make1(2))
show("pm inst", lambda: c.make1(3))

# wraps / update_wrapper
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x):
    "doc here"
    return x * 2
documented2 = documented
show("wraps", lambda: (documented.__name__, documented.__doc__, documented.__qualname__,
                       documented.__wrapped__.__name__, documented(4)))
def target():
    pass
target.extra = 1
def w():
    pass
functools.update_wrapper(w, target, assigned=('__name__', 'nonexistent'), updated=('__dict__',))
show("update_wrapper", lambda: (w.__name__, w.extra, w.__wrapped__ is target))
show("assignments", lambda: (functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES))

# total_ordering
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
show("to", lambda: [a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a])
show("to names", lambda: (V.__gt__.__name__, V.__le__.__name__))
show("to NI", lambda: a < 3)
show("to NI2", lambda: a >= 3)
for root in ('__le__', '__gt__', '__ge__'):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v}
    ns[root] = eval('lambda self, o: self.v %s o.v' % {'__le__': '<=', '__gt__': '>', '__ge__': '>='}[root])
    K = functools.total_ordering(type('K', (), ns))
    x, y = K(1), K(2)
    show("to " + root, lambda: [x < y, x > y, x <= y, x >= y, y < x, y > x, y <= x, y >= x, x <= K(1), x >= K(1), x < K(1), x > K(1)])
show("to none", lambda: functools.total_ordering(type('E', (), {})))

# cmp_to_key
def cmp(x, y):
    return (x > y) - (x < y)
show("cmp sorted", lambda: sorted([3, 1, 2, 5, 4], key=functools.cmp_to_key(lambda x, y: cmp(y, x))))
K = functools.cmp_to_key(cmp)
show("cmp ops", lambda: [K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) <= K(1), K(2) >= K(3), K(1) != K(2)])
try:
    hash(K(1))
except TypeError:
    print("cmp hash: TypeError")  # the message names the C type 'functools.KeyWrapper' in CPython
show("cmp obj", lambda: K(5).obj)
show("cmp min", lambda: min(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda x, y: len(x) - len(y))))

# lru_cache
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show("fib", lambda: fib(80))
show("fib info", lambda: fib.cache_info())
fib.cache_clear()
show("fib cleared", lambda: fib.cache_info())
calls = []
@functools.lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3, 3, 6]:
    sq(x)
show("lru calls", lambda: calls)
show("lru info", lambda: sq.cache_info())
show("lru info fields", lambda: sq.cache_info()._fields)
sq.cache_clear()
show("lru cleared", lambda: (sq.cache_info(), sq(2), sq(2), sq.cache_info()))
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
show("lru0", lambda: z.cache_info())
@functools.lru_cache(typed=True)
def t(x):
    calls.append(('t', x))
    return x
t(1); t(1.0); t(1); t(True)
show("typed", lambda: (t.cache_info(), calls[-3:]))
@functools.lru_cache()
def kw(a, b=1, c=2):
    return (a, b, c)
kw(1, b=2, c=3); kw(1, c=3, b=2); kw(1, 2, 3)
py34("kw info", lambda: kw.cache_info(), "CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)")  # 3.4 sorts keyword arguments
show("lru unhashable", lambda: kw([1]))
show("lru wrapped", lambda: (kw.__name__, kw.__wrapped__(5)))
py34("lru noparens", lambda: functools.lru_cache(lambda: 0),
     "TypeError: Expected maxsize to be an integer or None")
@functools.lru_cache(maxsize=2)
def fail(x):
    if x < 0:
        raise ValueError('neg')
    return x
show("lru raise", lambda: fail(-1))
show("lru raise info", lambda: fail.cache_info())
big = functools.lru_cache(maxsize=50)(lambda n: n * 3)
show("lru many", lambda: (sum(big(i % 70) for i in range(1000)), big.cache_info()))

# singledispatch
@functools.singledispatch
def fun(arg, verbose=False):
    return ('default', arg)
@fun.register(int)
def _(arg, verbose=False):
    return ('int', arg)
def fun_list(arg, verbose=False):
    return ('list', arg)
fun.register(list, fun_list)
import collections.abc
@fun.register(collections.abc.Mapping)
def _(arg, verbose=False):
    return ('mapping', len(arg))
@fun.register(collections.abc.Sequence)
def _(arg, verbose=False):
    return ('sequence', len(arg))
show("sd", lambda: [fun(1), fun(True), fun('s'), fun([1]), fun({1: 2}), fun(1.5), fun((1, 2)), fun(None)])
show("sd dispatch", lambda: (fun.dispatch(int) is fun.registry[int], fun.dispatch(bool) is fun.registry[int], fun.dispatch(float) is fun.registry[object]))
show("sd registry", lambda: sorted(k.__name__ for k in fun.registry.keys()))
show("sd name", lambda: fun.__name__)
class MyList(list):
    pass
show("sd sub", lambda: fun(MyList([1, 2])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i
collections.abc.Sequence.register(Seq)
fun._clear_cache()
show("sd virtual", lambda: fun(Seq()))

neg = functools.lru_cache(maxsize=-3)(lambda x: x * 2)
# 3.4's Python lru_cache keeps one entry for a negative maxsize (3.5+ treats it as 0).
py34("lru negative", lambda: ([neg(i % 3) for i in range(7)], neg.cache_info().currsize, neg.cache_info().maxsize), "([0, 2, 4, 0, 2, 4, 0], 1, -3)")
one = functools.lru_cache(maxsize=1)(lambda x: x + 1)
show("lru one", lambda: ([one(i % 2) for i in range(5)], one.cache_info()))
