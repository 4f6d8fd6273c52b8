import weakref
class V:
    def __init__(self, n): self.n = n
d = weakref.WeakValueDictionary()
a, b = V(1), V(2)
d["a"] = a
d["b"] = b
print(len(d), sorted(d), d["a"].n, "b" in d, d.get("zz", "none"))
del a
print(len(d), sorted(d), "a" in d, d.get("a"))
print(sorted(k for k, v in d.items()))
d["a"]
