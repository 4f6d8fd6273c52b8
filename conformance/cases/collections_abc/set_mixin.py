from collections.abc import Set, MutableSet
class S(Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a = S([1, 2, 3])
b = S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a.isdisjoint(S([9])), a.isdisjoint(b))
print(type(a & b).__name__)
class M(MutableSet):
    def __init__(self):
        self._s = set()
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
m = M()
m |= {1, 2, 3}
m -= {1}
m.add(9); m.discard(100)
print(list(m), m.pop() in (2, 3, 9), len(m))
m.remove(9)
m.clear()
print(len(m))
