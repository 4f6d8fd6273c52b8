import weakref
class C:
    def m(self):
        return "m of C"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), isinstance(wm, weakref.ref))
del c
print(wm())
weakref.WeakMethod(len)
