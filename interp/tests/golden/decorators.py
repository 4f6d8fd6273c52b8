# Decorators on functions and classes: names, dotted names, calls.
import functools


@staticmethod
def a(): pass


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@first
@second.third
@fourth(1, 2, key="v")
@fifth.sixth(*args, **kwargs)
@seventh()
def many(): pass


@dataclass_like
class Point:
    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    @classmethod
    def origin(cls):
        return cls()

    @a.b.c.d(e)
    def deep(self): pass


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
