# A paused generator is closed when its last reference goes away: its
# finally blocks and with-exits run right then, not at some later GC.
class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False

def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

def h():
    with Ctx():
        yield 1

def local_only():
    x = g("local")
    next(x)
    print("leaving function")

local_only()
print("after function")
y = h()
next(y)
y = None
print("after rebinding")
z = g("del")
next(z)
del z
print("after del")
print(any(v > 1 for v in [1, 2, 3]))
for q in g("break"):
    break
print("after break")

def outer():
    yield from g("inner")
o = outer()
next(o)
del o
print("after yield from")
done = g("exhausted")
print(list(done))
never = g("never started")
del never
print("after never started")
keep = g("at exit")
next(keep)
print("end of module")
