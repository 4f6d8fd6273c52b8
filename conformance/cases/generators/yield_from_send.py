def inner():
    x = yield 'first'
    print('inner got', x)
    y = yield 'second'
    return x + y
def outer():
    result = yield from inner()
    yield result
g = outer()
print(next(g), g.send(10), g.send(20))
