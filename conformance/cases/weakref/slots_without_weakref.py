import weakref
class NoWeak:
    __slots__ = ('a',)
class WithWeak:
    __slots__ = ('a', '__weakref__')
class Sub(NoWeak): pass
class IntSub(int): pass
class TupleSub(tuple): pass
class ListSub(list): pass
keep = []
for make in (NoWeak, WithWeak, Sub, lambda: IntSub(3), lambda: TupleSub((1,)), ListSub):
    obj = make()
    keep.append(obj)
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, 'ok', r() is obj)
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)
w = WithWeak()
r = weakref.ref(w)
print(w.__weakref__ is r, weakref.getweakrefcount(w))
try:
    NoWeak().__weakref__
except AttributeError as e:
    print(e)
weakref.ref(NoWeak())
