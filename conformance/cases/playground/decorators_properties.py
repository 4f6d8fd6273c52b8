import functools
import time

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("-> %s%r %r" % (func.__name__, args, sorted(kwargs.items())))
        result = func(*args, **kwargs)
        print("<- %s = %r" % (func.__name__, result))
        return result
    return wrapper

def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        inner.__name__ = f.__name__ + "_x%d" % times
        return inner
    return deco

@trace
def add(a, b=2, **kw):
    """Adds numbers."""
    return a + b

add(1)
add(1, b=5, extra=True)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)

def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info())

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)
    @classmethod
    def zero(cls):
        return cls(0)

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.zero().fahrenheit)
t.celsius = 30
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
p = functools.partial(int, base=2)
print(p('1011'), p.func.__name__, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 'init'))
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') >= Version('1.0'), Version('2.0') > Version('1.9'))
