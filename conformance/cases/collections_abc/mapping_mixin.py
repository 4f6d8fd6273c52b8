from collections.abc import Mapping
class M(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
m = M({'b': 2, 'a': 1})
print(list(m), list(m.keys()), list(m.values()), list(m.items()), m.get('a'), m.get('z', 0))
print('a' in m, 'z' in m, m == {'a': 1, 'b': 2}, m != {'a': 1}, len(m.keys()))
print(isinstance(m.keys(), set) , 'a' in m.keys(), ('a', 1) in m.items(), 2 in m.values())
print(m.keys() & {'a', 'q'}, sorted(m.keys() | {'c'}))
