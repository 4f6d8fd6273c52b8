import sys
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0]
print(f().__name__)
