from collections.abc import Sequence, MutableSequence
class S(Sequence):
    def __init__(self, *a):
        self._a = list(a)
    def __getitem__(self, i):
        return self._a[i]
    def __len__(self):
        return len(self._a)
s = S(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, s.index(2), s.count(2))
try:
    s.index(9)
except ValueError:
    print('ValueError')
class L(MutableSequence):
    def __init__(self):
        self._a = []
    def __getitem__(self, i):
        return self._a[i]
    def __setitem__(self, i, v):
        self._a[i] = v
    def __delitem__(self, i):
        del self._a[i]
    def __len__(self):
        return len(self._a)
    def insert(self, i, v):
        self._a.insert(i, v)
l = L()
l.append(1); l.extend([2, 3, 4]); l.insert(0, 0)
print(l._a, l.pop(), l.pop(0), l._a)
l.remove(2); l.reverse(); l += [7]
print(l._a)
