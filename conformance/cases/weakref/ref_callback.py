import weakref
class C:
    pass
c = C()
log = []
r = weakref.ref(c, lambda ref: log.append(ref is r))
print(r() is c, r.__callback__ is not None)
del c
print(r(), log, r.__callback__)
