def g():
    yield 1
it = g()
print(type(it).__name__, iter(it) is it)
print(list(it), list(it))
