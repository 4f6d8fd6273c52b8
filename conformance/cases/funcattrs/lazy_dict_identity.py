# A function's __dict__: made on first use, the same object afterwards,
# shared by vars(), hasattr/getattr/delattr, dir() and functools.wraps.
import functools
import gc


def f():
    pass


print(hasattr(f, 'x'), getattr(f, 'x', 'missing'))
print('x' in dir(f), sorted(k for k in dir(f) if not k.startswith('__')))
d = f.__dict__
print(type(d).__name__, d, d is f.__dict__, vars(f) is d)
f.x = 1
print(d, f.x, 'x' in dir(f))
del f.x
print(d, hasattr(f, 'x'))


def g():
    pass


try:
    del g.y
except AttributeError as e:
    print('AttributeError', e)
g.__dict__ = {'a': 1}
print(g.a, g.__dict__)
try:
    g.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
h = lambda: 0
vars(h)['v'] = 3
print(h.v)


def base():
    'doc of base'


base.extra = [1]


@functools.wraps(base)
def wrapper():
    pass


print(wrapper.__name__, wrapper.__doc__, wrapper.extra is base.extra, wrapper.__wrapped__ is base)
print(sorted(wrapper.__dict__))

# A cycle through a function's dict is collected.
def cyc():
    pass


cyc.me = cyc
del cyc
print(gc.collect() >= 1)

# __module__ and __annotations__ are attributes of the function, not dict entries.
def k():
    pass


k.__module__ = 'elsewhere'
k.__annotations__ = {'return': int}
print(k.__module__, k.__annotations__, k.__dict__)
try:
    k.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)
