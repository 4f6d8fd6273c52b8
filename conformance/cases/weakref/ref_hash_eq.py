import weakref
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return self.v == other.v
a = K(1); b = K(1); c = K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra == rc, ra != rc, hash(ra) == hash(a))
h = hash(rc)
del c
print(rc() is None, hash(rc) == h, rc == rc, rc == ra)
d = K(3)
rd = weakref.ref(d)
del d
hash(rd)
