# code.co_flags with CPython 3.4's bit values: OPTIMIZED 1, NEWLOCALS 2,
# VARARGS 4, VARKEYWORDS 8, NESTED 16, GENERATOR 32, NOFREE 64.
def plain():
    pass
def gen(a, *b, **c):
    yield a
def outer():
    y = 1
    def inner():
        return y
    def glob():
        return len
    return inner, glob
inner, glob = outer()
print(plain.__code__.co_flags, gen.__code__.co_flags, outer.__code__.co_flags)
print(inner.__code__.co_flags, glob.__code__.co_flags, (lambda: 0).__code__.co_flags)
print([(lambda: x).__code__.co_flags for x in [1]], compile('x = 1', 'm', 'exec').co_flags)
import inspect
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.getfullargspec(gen).varargs, inspect.getfullargspec(gen).varkw)
plain.__code__.co_flags()
