def g():
    x = yield
    print('x =', x)
    y = yield x
    print('y =', y)
it = g()
print(next(it))
print(it.send('a'))
try:
    it.send('b')
except StopIteration:
    print('done')
