import weakref
class E:
    def __init__(self, n): self.n = n
s = weakref.WeakSet()
items = [E(i) for i in range(4)]
for it in items:
    s.add(it)
print(len(s), items[0] in s, E(9) in s, 3 in s)
del items[1:3]
print(len(s), sorted(x.n for x in s))
s.discard(items[0])
print(len(s))
s.add(5)
