import timeit
t = timeit.Timer("x = sum(range(10))")
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
rs = t.repeat(repeat=4, number=10)
print(len(rs), all(isinstance(v, float) and v >= 0 for v in rs))
print(timeit.default_timer is __import__('time').perf_counter)
print(type(timeit.timeit("pass", number=5)).__name__)
print(len(timeit.repeat("a = 1", "b = 2", number=3, repeat=2)))
