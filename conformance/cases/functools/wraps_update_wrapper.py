import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def target(x):
    "The doc."
    return x + 1
print(target.__name__, target.__doc__, target.__wrapped__(1), target(1), target.__qualname__, target.__module__)
def other():
    pass
def w2():
    pass
other.custom = 5
r = functools.update_wrapper(w2, other)
print(r is w2, w2.__name__, w2.custom, w2.__wrapped__ is other)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def w3():
    pass
functools.update_wrapper(w3, other, assigned=('__doc__',), updated=())
print(w3.__name__, hasattr(w3, 'custom'))
