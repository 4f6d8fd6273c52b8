import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
r3 = weakref.ref(c, print)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(c))
print(len(weakref.getweakrefs(c)), weakref.getweakrefcount(C()))
print(isinstance(r1, weakref.ref), type(r1) is weakref.ReferenceType)
del r3
print(weakref.getweakrefcount(c))
