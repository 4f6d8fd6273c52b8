def g():
    yield 1
    raise StopIteration('x')
print(list(g()))
