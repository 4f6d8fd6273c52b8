import gc
import weakref
from kaa_check import show


class Obj:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n * 2

    def __add__(self, other):
        return self.n + other


log = []
a = Obj(1)
r = weakref.ref(a, lambda ref: log.append("ref cb"))
show("ref alive", lambda: (r() is a, weakref.getweakrefcount(a)))
show("ref plain shared", lambda: weakref.ref(a) is weakref.ref(a))
del a
gc.collect()
show("ref dead", lambda: (r(), log))
show("ref int", lambda: weakref.ref(1))

b = Obj(3)
p = weakref.proxy(b)
show("proxy attr", lambda: (p.n, p.method(), p + 4))
def hash_error(v):
    try:
        hash(v)
    except TypeError:
        return "TypeError"


show("proxy hash", lambda: hash_error(p))
del b
gc.collect()
show("proxy dead", lambda: p.n)

b2 = Obj(4)
wm = weakref.WeakMethod(b2.method)
show("weakmethod", lambda: wm()())
del b2
gc.collect()
show("weakmethod dead", lambda: wm())

keep = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary((str(o.n), o) for o in keep)
wk = weakref.WeakKeyDictionary((o, o.n) for o in keep)
ws = weakref.WeakSet(keep)
show("containers", lambda: (len(wv), len(wk), len(ws), sorted(wv), sorted(wk.values())))
del keep[1:3]
gc.collect()
show("containers after", lambda: (len(wv), len(wk), len(ws), sorted(wv), sorted(wk.values())))
show("wv missing", lambda: wv["1"])
show("wv get", lambda: (wv.get("1", "gone"), wv["0"].n, "3" in wv))
show("wk contains", lambda: (keep[0] in wk, Obj(9) in wk))
show("ws ops", lambda: (keep[0] in ws, len(ws | ws)))

target = Obj(7)
fin = weakref.finalize(target, log.append, "finalized")
show("finalize alive", lambda: fin.alive)
del target
gc.collect()
show("finalize done", lambda: (fin.alive, log[-1], fin()))
