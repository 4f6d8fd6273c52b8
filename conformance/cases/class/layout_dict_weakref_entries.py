# The __dict__ and __weakref__ descriptors a class statement adds.
class Plain: pass
class Child(Plain): pass
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class SlottedDict:
    __slots__ = ('__dict__',)
class OnSlotted(Slotted): pass
class I(int): pass
class T(tuple): pass
class L(list): pass
class E(Exception): pass
class FS(frozenset): pass
for c in (Plain, Child, Slotted, SlottedWeak, SlottedDict, OnSlotted, I, T, L, E, FS):
    own = sorted(k for k in c.__dict__ if k in ('__dict__', '__weakref__'))
    print(c.__name__, own)
d = Plain.__dict__['__dict__']
print(d, type(d).__name__)
print(Plain.__dict__['__weakref__'])
p = Plain()
p.x = 1
print(d.__get__(p), d.__get__(None, Plain) is d)
print(p.__weakref__)
import weakref
r = weakref.ref(p)
print(p.__weakref__ is r)
print('__dict__' in dir(p), '__weakref__' in dir(p), '__weakref__' in dir(Slotted()))
print(type(Plain.__dict__), type(Child.__dict__))
try:
    d.__get__(1)
except TypeError as e:
    print('TypeError')
try:
    class Twice:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print('TypeError', str(e).startswith('__weakref__ slot disallowed: either we already got one'))
