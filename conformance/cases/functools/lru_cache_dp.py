import sys
from functools import lru_cache
sys.setrecursionlimit(5000)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info().currsize)
@lru_cache(None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
