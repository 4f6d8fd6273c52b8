from functools import lru_cache
@lru_cache(maxsize=None, typed=True)
def f(x):
    return type(x).__name__
print(f(1), f(1.0), f(1), f.cache_info())
@lru_cache()
def g(x, y=0):
    return x + y
print(g(1), g(1, y=2), g(1, 2), g(x=1), g.cache_info())
@lru_cache(maxsize=0)
def h(x):
    return x
print(h(1), h(1), h.cache_info())
