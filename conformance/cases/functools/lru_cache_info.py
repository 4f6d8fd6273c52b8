from functools import lru_cache
@lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().maxsize, type(sq.cache_info()).__name__)
sq.cache_clear()
print(sq.cache_info())
print(sq.__wrapped__(5), sq.__name__)
