# type's own descriptors: type.__dict__, dir(type) and their values.
names = ['__name__', '__qualname__', '__bases__', '__module__', '__abstractmethods__',
         '__dict__', '__doc__', '__basicsize__', '__itemsize__', '__flags__',
         '__weakrefoffset__', '__base__', '__dictoffset__', '__mro__']
for n in names:
    print(n, n in type.__dict__, n in dir(type), type(type.__dict__[n]).__name__)
print(type.__dict__['__name__'], type.__dict__['__mro__'])
class A: pass
class B(A): pass
print(type.__dict__['__name__'].__get__(B), type.__dict__['__mro__'].__get__(B))
print(type.__dict__['__bases__'].__get__(B), type.__dict__['__qualname__'].__get__(B))
print(B.__name__, B.__qualname__, B.__bases__, B.__base__, B.__mro__, B.__module__)
print(type(B.__dict__).__name__, type(int.__dict__).__name__)
print(int.__name__, int.__module__, int.__base__, bool.__mro__)
for n in ('__getattribute__', '__setattr__', '__delattr__', '__repr__', '__dir__', '__sizeof__', '__call__'):
    print(n, n in type.__dict__)
print(type.__repr__(B), type.__getattribute__(B, '__name__'))
try:
    type.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    A.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    type.__dict__['__name__'].__get__(5)
except TypeError as e:
    print('TypeError')
print('__class__' in object.__dict__, type(object.__dict__['__class__']).__name__)
print(object.__dict__['__class__'].__get__(5), A().__class__, A.__class__)
