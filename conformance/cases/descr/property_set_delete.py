# property.__set__ and property.__delete__ called directly.
class C:
    def __init__(self):
        self._x = 0

    def getx(self):
        return self._x

    def setx(self, v):
        self._x = v

    def delx(self):
        print('deleting')
        self._x = None

    x = property(getx, setx, delx)
    ro = property(getx)


c = C()
C.x.__set__(c, 5)
print(c.x, C.x.__get__(c, C), C.x.__get__(None, C) is C.x)
C.x.__delete__(c)
print(c.x, C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel is C.delx, C.ro.fset)
print(type(C.__dict__['x']).__name__, '__set__' in dir(property), '__delete__' in dir(property))
for f in [lambda: C.ro.__set__(c, 1), lambda: C.ro.__delete__(c)]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__)
C.x.__set__(c)
