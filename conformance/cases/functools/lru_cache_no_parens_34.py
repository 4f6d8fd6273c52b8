from functools import lru_cache
try:
    @lru_cache
    def f(x):
        return x
    print('decorated', f(1))
except TypeError as e:
    print('TypeError', e)
