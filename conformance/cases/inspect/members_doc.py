import inspect
class Base(object):
    """Base doc."""
    x = 1
    def hello(self):
        """Say hello.

            Indented more.
        Back.
        """
        return 'hi'
class Derived(Base):
    y = 2
    def other(self): pass
print([n for n, v in inspect.getmembers(Derived) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Derived, inspect.isfunction)])
d = Derived()
d.z = 3
print([(n, v) for n, v in inspect.getmembers(d) if not n.startswith('_') and not callable(v)])
print(repr(inspect.getdoc(Base.hello)))
print(repr(inspect.getdoc(Base)), inspect.getdoc(Derived.other))
print(repr(inspect.cleandoc('   first\n     second\n       third\n\n')))
print(repr(inspect.cleandoc('\n\n  a\n\tb\n  c')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('one line')))
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def target(a, b):
    pass
print(inspect.unwrap(target) is target.__wrapped__, inspect.unwrap(len) is len)
print(inspect.getmodule(Base).__name__, inspect.getmodule(inspect) is inspect, inspect.getmodule(1))
print(inspect.getfile(target).endswith('.py'), inspect.getfile(inspect.getfile).endswith('inspect.py'))
try:
    inspect.getfile(1)
except TypeError as e:
    print('TypeError')
w = lambda: 0
w.__wrapped__ = w
try:
    inspect.unwrap(w)
except ValueError as e:
    print(str(e).startswith('wrapper loop when unwrapping <function <lambda> at 0x'))
inspect.getmodule(None).x
