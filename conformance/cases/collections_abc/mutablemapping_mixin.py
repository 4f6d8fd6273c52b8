from collections.abc import MutableMapping
class M(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
m = M()
m.update({'a': 1}, b=2)
m.update([('c', 3)])
print(list(m.items()), m.setdefault('d', 4), m.setdefault('a', 9))
print(m.pop('a'), m.pop('zz', None), m.popitem(), list(m))
m.clear()
print(len(m))
try:
    m.pop('x')
except KeyError as e:
    print('KeyError', e)
try:
    m.popitem()
except KeyError:
    print('KeyError empty')
