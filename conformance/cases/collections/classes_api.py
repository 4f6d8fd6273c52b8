from collections import OrderedDict, Counter, namedtuple, ChainMap, deque, defaultdict
import collections
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(list(od)); od.move_to_end('a', last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]), OrderedDict([('a', 1), ('b', 2)]) == dict(b=2, a=1), repr(OrderedDict()))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:6], sum(c.values()))
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=-1)
print(sorted((d + e).items()), sorted((d - e).items()), sorted((d & e).items()), sorted((d | e).items()), sorted((+e).items()), sorted((-e).items()))
d.subtract(e); print(sorted(d.items())); d.update('aaz'); print(sorted(d.items())); print(repr(Counter()), repr(Counter(a=2, b=1)))
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p._replace(x=5), p._asdict() == {'x': 1, 'y': 2}, P._fields, P._make([3, 4]), p.x + p[1], P.__name__, isinstance(p, tuple))
Q = namedtuple('Q', ['a', 'def', 'a'], rename=True)
print(Q._fields, namedtuple('R', 'a, b')(1, 2))
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)), P(*range(2)), getattr(P, 'x').__doc__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child().maps, cm.parents.maps)
cm['c'] = 4; print(cm.maps[0], 'b' in cm, cm.get('z', 0))
dq = deque([1, 2, 3], maxlen=5)
dq.rotate(1); print(dq); dq.rotate(-2); print(dq); dq.extendleft([9, 8]); print(dq, dq.maxlen); dq.append(7); print(dq)
print(dq.count(9), list(reversed(dq)), dq[0], dq[-1], len(dq))
dq.clear(); print(dq, deque('ab') == deque('ab'), deque('ab') < deque('b'), repr(deque()))
dd = defaultdict(list)
dd['a'].append(1); print(dd, dd.default_factory, dict(dd), defaultdict(int, {'x': 1})['y'])
print(repr(collections.UserList([1])), collections.UserDict(a=1)['a'], collections.UserString('ab').upper())
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError')
OrderedDict().move_to_end('x')
