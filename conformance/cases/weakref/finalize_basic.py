import weakref
class Res:
    pass
r = Res()
f = weakref.finalize(r, print, "cleanup", 1, sep="-")
print(f.alive, f.peek()[1] is print)
del r
print(f.alive, f())
r2 = Res()
f2 = weakref.finalize(r2, print, "never")
obj, func, args, kw = f2.detach()
print(obj is r2, args, f2.alive)
del obj, r2
print("end")
r3 = Res()
f3 = weakref.finalize(r3, lambda: "called")
print(f3(), f3(), f3.alive)
