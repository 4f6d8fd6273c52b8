# substitute: _collections_abc, abc, collections, keyword, heapq
import collections.abc as cabc
from kaa_check import show


class MySet(cabc.MutableSet):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            self.add(item)
    def __contains__(self, item):
        return item in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, item):
        if item not in self._items:
            self._items.append(item)
    def discard(self, item):
        if item in self._items:
            self._items.remove(item)
    def __repr__(self):
        return 'MySet(%r)' % sorted(self._items)


a, b = MySet([1, 2, 3]), MySet([3, 4])
show("set ops", lambda: (a & b, a | b, a - b, a ^ b, b - a))
show("set ops with set", lambda: (a & {1, 9}, a | [7], a - {1}, a ^ {3, 5}))
show("set rops", lambda: ({1, 9} & a, [7, 8] | a if False else None, {2} - a if False else None))
show("set cmp", lambda: (a <= MySet([1, 2, 3, 4]), a < a, a == MySet([3, 2, 1]), a != b, a >= MySet([1]), a > MySet([1, 2, 3]), a == {1, 2, 3}))
show("set cmp other", lambda: a <= [1, 2, 3])
show("isdisjoint", lambda: (a.isdisjoint(b), a.isdisjoint([7, 8])))
s = MySet([1, 2, 3])
s.remove(2)
show("remove", lambda: (s, s.pop() in (1, 3), len(s)))
show("remove missing", lambda: s.remove(99))
show("pop empty", lambda: MySet().pop())
s = MySet([1, 2, 3])
s |= [4, 5]
s &= MySet([1, 2, 4, 5, 9])
s -= [1]
s ^= MySet([2, 10])
show("inplace", lambda: s)
s.clear()
show("clear", lambda: (s, len(s)))


def frozenset_hash34(items):
    # 3.4's frozenset hash in unsigned 64-bit arithmetic (3.11 changed it).
    mod = 2 ** 64
    h = (1927868237 * (len(items) + 1)) % mod
    for x in items:
        e = hash(x) % mod
        h ^= ((e ^ (e << 16) ^ 89869747) * 3644798167) % mod
    h = (h * 69069 + 907133923) % mod
    if h >= 2 ** 63:
        h -= mod
    return 590923713 if h == -1 else h


from kaa_check import check34
for items in ([], [1, 2, 3], [-1, 10 ** 20], [(1, 2)]):
    check34("Set._hash %r" % items, lambda: cabc.Set._hash(MySet(items)), repr(frozenset_hash34(items)))


class MyMap(cabc.MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, key):
        return self._d[key]
    def __setitem__(self, key, value):
        self._d[key] = value
    def __delitem__(self, key):
        del self._d[key]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)


m = MyMap({'b': 2}, a=1)
m.update([('c', 3)])
m.update(MyMap(d=4))
show("map", lambda: (list(m), list(m.keys()), list(m.values()), list(m.items()), m.get('a'), m.get('z', 0), 'a' in m, 'z' in m))
show("map views", lambda: (repr(m.keys()).startswith('KeysView('), len(m.items()), ('a', 1) in m.items(), ('a', 2) in m.items(), 3 in m.values(), m.keys() & {'a', 'q'}, sorted(m.items() | {('z', 0)})))
show("map eq", lambda: (m == {'a': 1, 'b': 2, 'c': 3, 'd': 4}, m != {}, m == [1]))
show("map pop", lambda: (m.pop('a'), m.pop('zz', None), m.setdefault('b', 0), m.setdefault('e', 5), m.popitem(), list(m)))
show("map pop missing", lambda: m.pop('zz'))
m.clear()
show("map clear", lambda: (list(m), len(m)))
show("popitem empty", lambda: m.popitem())
from kaa_check import py34
py34("update errors", lambda: m.update({}, {}), "TypeError: update expected at most 1 arguments, got 2")
class Keyed:
    def keys(self):
        return ['k']
    def __getitem__(self, key):
        return key.upper()
m.update(Keyed())
show("update keys()", lambda: list(m.items()))


class MySeq(cabc.MutableSequence):
    def __init__(self, items=()):
        self._l = list(items)
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
    def __repr__(self):
        return 'MySeq(%r)' % self._l


q = MySeq([3, 1, 2, 1])
show("seq", lambda: (list(q), 2 in q, 9 in q, q.index(1), q.count(1), list(reversed(q))))
show("seq index missing", lambda: q.index(9))
q.append(5)
q.extend([6, 7])
q.reverse()
q += [0]
show("seq mut", lambda: (q, q.pop(), q.pop(0), q))
q.remove(1)
show("seq remove", lambda: q)
show("seq remove missing", lambda: q.remove(99))
q.clear()
show("seq clear", lambda: q)
show("abstract", lambda: [sorted(c.__abstractmethods__) for c in (cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Callable, cabc.Set, cabc.MutableSet, cabc.Mapping, cabc.MutableMapping, cabc.Sequence, cabc.MutableSequence, cabc.ByteString, cabc.MappingView)])
show("instantiate", lambda: cabc.Mapping())
show("registered", lambda: [issubclass(t, c) for t, c in [(list, cabc.MutableSequence), (tuple, cabc.Sequence), (str, cabc.Sequence), (range, cabc.Sequence), (bytes, cabc.ByteString), (bytearray, cabc.MutableSequence), (dict, cabc.MutableMapping), (set, cabc.MutableSet), (frozenset, cabc.Set), (type({}.keys()), cabc.KeysView), (type({}.items()), cabc.ItemsView), (type({}.values()), cabc.ValuesView), (memoryview, cabc.Sequence), (type(iter('')), cabc.Iterator), (type(iter(range(5))), cabc.Iterator), (type(iter({}.items())), cabc.Iterator)]])
show("hooks", lambda: [isinstance(x, c) for x, c in [(len, cabc.Callable), (object(), cabc.Hashable), ([], cabc.Hashable), ((x for x in []), cabc.Iterator), ('abc', cabc.Container), (5, cabc.Sized)]])
class NoHash:
    __hash__ = None
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
show("hook classes", lambda: (isinstance(NoHash(), cabc.Hashable), isinstance(Iter(), cabc.Iterator), isinstance(Iter(), cabc.Iterable), issubclass(Iter, cabc.Sized)))
show("module names", lambda: (cabc.Mapping.__module__, cabc.Set.__name__, repr(cabc.Sequence)))
