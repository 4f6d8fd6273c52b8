import weakref
class C:
    def __init__(self):
        self.items = [1, 2, 3]
    def total(self):
        return sum(self.items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
o = C()
p = weakref.proxy(o)
print(p.total(), len(p), p[1], list(p))
p.extra = 5
print(o.extra, weakref.getweakrefcount(o))
class N:
    def __init__(self, v): self.v = v
    def __add__(self, other): return self.v + other
    def __call__(self, x): return x * 2
n = N(4)
pn = weakref.proxy(n)
print(pn + 1, pn(21), callable(pn))
del o
try:
    p.total()
except ReferenceError as e:
    print("ReferenceError:", e)
len(p)
