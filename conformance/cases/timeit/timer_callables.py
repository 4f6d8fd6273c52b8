import timeit
calls = []
def setup():
    calls.append('setup')
def stmt():
    calls.append('stmt')
timeit.Timer(stmt, setup).timeit(number=3)
print(calls)
calls.clear()
timeit.timeit(stmt, number=2)
print(calls)
timeit.Timer("calls_seen = 1", setup).timeit(number=1)
print(calls)
