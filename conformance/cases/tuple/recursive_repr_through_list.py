# A container reached again while it is being printed shows as (...),
# [...], {...} or set(...) / Sub(...), whichever type closes the loop.
inner = []
t = (inner, 1)
inner.append(t)
print(t)
print(inner)
d = {}
d["k"] = (d,)
print(d)
s = set()

class Holder:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        return "Holder(%r)" % (self.target,)
    def __hash__(self):
        return 1

s.add(Holder(s))
print(s)

class Bag(set):
    pass

b = Bag()
b.add(Holder(b))
print(b)
print((), (1,), set(), frozenset(), Bag(), ((1, 2), [3]))
