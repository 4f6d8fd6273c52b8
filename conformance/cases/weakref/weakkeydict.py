import weakref
class K:
    pass
d = weakref.WeakKeyDictionary()
k1, k2 = K(), K()
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d, sorted(d.values()))
del k2
print(len(d), sorted(d.values()))
d.setdefault(k1, "x")
print(d[k1], d.pop(k1), len(d))
d[K()] = 1
print(len(d))
d[5] = 1
