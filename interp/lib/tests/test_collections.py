# substitute: collections, _collections_abc, abc, keyword, heapq
import collections
import collections.abc
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
from collections import UserDict, UserList, UserString
from kaa_check import show, py34, show_error_type

# ---- deque
d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
show("deque", lambda: d)
show("deque len", lambda: (len(d), d[0], d[-1], d[5], d[-5], d[10]))
show("deque pops", lambda: (d.pop(), d.popleft(), d.pop(), d.popleft(), d))
show("deque index err", lambda: d[100])
show("deque index err neg", lambda: d[-100])
show("deque slice", lambda: d[1:2])
show("deque empty pop", lambda: deque().pop())
show("deque empty popleft", lambda: deque().popleft())
q = deque([1, 2, 3])
show("deque alt", lambda: [q.pop(), q.popleft(), q.pop(), len(q)])
q = deque(range(20))
out = []
while q:
    out.append(q.popleft() if len(q) % 3 else q.pop())
show("deque mixed", lambda: out)
q = deque(range(5))
q.rotate(2)
show("rotate 2", lambda: q)
q.rotate(-3)
show("rotate -3", lambda: q)
q.rotate(12)
show("rotate 12", lambda: q)
q.rotate()
show("rotate default", lambda: q)
deque().rotate(3)
q.reverse()
show("reverse", lambda: q)
q.extend('ab')
q.extendleft('xy')
show("extend", lambda: q)
q.extend(q)
show("extend self", lambda: q)
show("count", lambda: (q.count('a'), q.count(99)))
q.remove('a')
show("remove", lambda: q)
py34("remove missing", lambda: q.remove('zzz'), "ValueError: deque.remove(x): x not in deque")
q[0] = 'first'
q[-1] = 'last'
del q[1]
del q[-2]
show("setdel", lambda: q)
show("contains", lambda: ('first' in q, 'nope' in q, 3 in q))
show("list/rev", lambda: (list(q), list(reversed(q))))
q.clear()
show("clear", lambda: (q, len(q), bool(q)))
m = deque([1, 2, 3], maxlen=3)
m.append(4)
show("maxlen append", lambda: m)
m.appendleft(0)
show("maxlen appendleft", lambda: m)
m.extend([7, 8])
show("maxlen extend", lambda: (m, m.maxlen))
m.extendleft([9])
show("maxlen extendleft", lambda: m)
show("maxlen0", lambda: (deque([1, 2], maxlen=0), deque(maxlen=0).append(1)))
show("maxlen neg", lambda: deque([], -1))
show("maxlen none", lambda: deque('abc').maxlen)
show("maxlen from iter", lambda: deque(range(10), 4))
show("maxlen ro", lambda: setattr(m, 'maxlen', 3))
show("repr", lambda: [repr(deque()), repr(deque([1], maxlen=5)), str(deque('ab'))])
r = deque([1])
r.append(r)
show("repr rec", lambda: repr(r))
show("eq", lambda: [deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) != deque([2]),
                    deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque()])
# CPython names the C type 'collections.deque' in these messages; compare types only.
show_error_type("lt list", lambda: deque([1]) < [2])
show_error_type("hash", lambda: hash(deque()))
import copy
c1 = deque([[1], [2]], maxlen=4)
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1[0].append('x')
show("copy", lambda: (c2, c3, c2.maxlen, c3.maxlen, c2 is c1))
it_d = deque([1, 2, 3])
def mutate():
    for x in it_d:
        it_d.append(x)
show("mutate iter", mutate)
iq = deque([1])
iq += [2, 3]
show("iadd", lambda: iq)
class SubDeque(deque):
    def append(self, x):
        deque.append(self, x * 10)
sd = SubDeque([1])
sd.append(2)
show("subclass", lambda: (list(sd), type(sd).__name__))
show("deque args", lambda: deque(1))
bfs = deque([0])
seen = {0}
order = []
while bfs:
    node = bfs.popleft()
    order.append(node)
    for nxt in (node * 2 + 1, node * 2 + 2):
        if nxt < 40 and nxt not in seen:
            seen.add(nxt)
            bfs.append(nxt)
show("bfs", lambda: order)

# ---- defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
show("dd", lambda: sorted(dd.items()))
show("dd missing", lambda: (dd['zz'], 'zz' in dd, dd.get('yy'), 'yy' in dd))
show("dd repr", lambda: repr(defaultdict(int, {1: 2})))
show("dd repr none", lambda: repr(defaultdict(None, {1: 2})))
show("dd repr empty", lambda: repr(defaultdict()))
show("dd nofactory", lambda: defaultdict()[1])
show("dd bad", lambda: defaultdict(5))
show("dd kwargs", lambda: sorted(defaultdict(int, a=1, b=2).items()))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
show("dd int", lambda: sorted(di.items()))
dc = di.copy()
show("dd copy", lambda: (type(dc).__name__, dc.default_factory, dc == di, dc is di))
show("dd copy mod", lambda: (copy.copy(di).default_factory, copy.deepcopy(dd)['a']))
di.default_factory = lambda: 'new'
show("dd set factory", lambda: di['q'])
show("dd isinstance", lambda: isinstance(di, dict))
rd = defaultdict(list)
rd[1] = rd
show("dd rec repr", lambda: repr(rd))
show("dd pop", lambda: (dd.pop('a'), dd.pop('nope', 'dflt')))
show("dd get not insert", lambda: (defaultdict(list).get(1), len(dd)))

# ---- OrderedDict
od = OrderedDict()
for ch in 'hello world':
    od[ch] = ord(ch)
show("od", lambda: od)
show("od keys", lambda: (list(od), list(od.keys()), list(od.values())[:3], list(od.items())[:2]))
od.move_to_end('h')
show("od mte", lambda: list(od))
od.move_to_end('d', last=False)
show("od mte first", lambda: list(od))
show("od mte missing", lambda: od.move_to_end('Q'))
show("od popitem", lambda: (od.popitem(), od.popitem(last=False), list(od)))
show("od popitem empty", lambda: OrderedDict().popitem())
del od['e']
show("od del", lambda: list(od))
show("od del missing", lambda: od.__delitem__('e'))
od['e'] = 1
show("od re-add", lambda: list(od))
od['o'] = 0
show("od update existing keeps order", lambda: list(od.items()))
show("od pop", lambda: (od.pop('o'), od.pop('nope', 5), list(od)))
show("od pop missing", lambda: od.pop('nope'))
show("od setdefault", lambda: (od.setdefault('z', 9), od.setdefault('l'), list(od)))
show("od reversed", lambda: list(reversed(od)))
o1 = OrderedDict([(1, 'a'), (2, 'b')])
o2 = OrderedDict([(2, 'b'), (1, 'a')])
show("od eq", lambda: (o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OrderedDict(o1)))
show("od repr", lambda: (repr(OrderedDict()), repr(o1), str(o2)))
show("od init", lambda: OrderedDict([('a', 1)], b=2))
show("od init err", lambda: OrderedDict([], []))
show("od fromkeys", lambda: OrderedDict.fromkeys('abc', 0))
oc = o1.copy()
oc[3] = 'c'
show("od copy", lambda: (oc, o1, type(oc).__name__))
show("od copy mod", lambda: (copy.copy(o1), copy.deepcopy(o1)))
oo = OrderedDict()
oo['self'] = oo
show("od rec", lambda: repr(oo))
oo.clear()
show("od clear", lambda: (oo, len(oo), list(oo)))
ou = OrderedDict()
ou.update([(3, 'x'), (1, 'y')], z=0)
show("od update", lambda: list(ou.items()))
show_error_type("od hash", lambda: hash(OrderedDict()))
lru = OrderedDict()
for i in range(20):
    lru[i % 7] = i
    lru.move_to_end(i % 7)
    if len(lru) > 4:
        lru.popitem(last=False)
show("od lru", lambda: list(lru.items()))
show("od isinstance", lambda: (isinstance(od, dict), isinstance(od, collections.abc.MutableMapping)))

# ---- Counter
c = Counter('abracadabra')
show("counter most_common", lambda: c.most_common(3))
show("counter most all", lambda: c.most_common())
show("counter missing", lambda: (c['z'], 'z' in c))
show("counter elements", lambda: sorted(c.elements()))
show("counter kw", lambda: sorted(Counter(a=3, b=-1).items()))
show("counter dict", lambda: sorted(Counter({'x': 2, 'y': 5}).items()))
c2 = Counter(a=1, b=2, c=3)
c3 = Counter(a=4, b=-2, d=1)
show("counter +", lambda: sorted((c2 + c3).items()))
show("counter -", lambda: sorted((c2 - c3).items()))
show("counter |", lambda: sorted((c2 | c3).items()))
show("counter &", lambda: sorted((c2 & c3).items()))
show("counter pos neg", lambda: (sorted((+c3).items()), sorted((-c3).items())))
show("counter add bad", lambda: c2 + {'a': 1})
c4 = Counter(a=1, b=2)
c4.update('aab')
c4.update({'c': 5})
c4.update(c=1, d=-4)
show("counter update", lambda: sorted(c4.items()))
c4.subtract('aaaa')
c4.subtract({'b': 10})
c4.subtract(d=1)
show("counter subtract", lambda: sorted(c4.items()))
ci = Counter(a=5, b=1)
ci += Counter(a=-5, c=2)
show("counter iadd", lambda: sorted(ci.items()))
ci -= Counter(c=1)
show("counter isub", lambda: sorted(ci.items()))
ci |= Counter(b=7)
show("counter ior", lambda: sorted(ci.items()))
ci &= Counter(b=3, c=10)
show("counter iand", lambda: sorted(ci.items()))
show("counter fromkeys", lambda: Counter.fromkeys('ab'))
del c['a']
del c['notthere']
show("counter del", lambda: sorted(c.items()))
show("counter repr", lambda: (repr(Counter()), repr(Counter({'x': 3})), repr(Counter({1: 3, 2: 1}))))
show("counter repr unorderable", lambda: repr(Counter({'a': 1, 'b': 'x'})).startswith("Counter({"))
show("counter copy", lambda: (type(c.copy()).__name__, c.copy() == c, copy.copy(c) == c, copy.deepcopy(c) == c))
show("counter most n", lambda: (Counter('aaabbc').most_common(0), Counter('aaabbc').most_common(1), Counter('aaabbc').most_common(10)))
py34("counter init err", lambda: Counter('a', 'b'), "TypeError: expected at most 1 arguments, got 2")
show("counter sum", lambda: sum(Counter('hello world').values()))
show("counter len", lambda: len(Counter([1, 1, 2])))
show("counter int keys", lambda: Counter([5, 3, 1, 5, 3, 5]).most_common())

# ---- namedtuple
P = namedtuple('Point', 'x y')
p = P(1, y=2)
show("nt", lambda: (p, p.x, p.y, p[0], p[-1], tuple(p), len(p)))
show("nt fields", lambda: (P._fields, P.__name__, P.__doc__, P.x.__doc__))
show("nt make", lambda: P._make([3, 4]))
show("nt make err", lambda: P._make([3]))
show("nt replace", lambda: p._replace(x=10))
show("nt replace err", lambda: p._replace(z=1))
py34("nt asdict", lambda: p._asdict(), "OrderedDict([('x', 1), ('y', 2)])")
show("nt asdict type", lambda: list(p._asdict().items()))
show("nt eq", lambda: (p == (1, 2), p == P(1, 2), hash(p) == hash((1, 2))))
show("nt missing", lambda: P(1))
show("nt too many", lambda: P(1, 2, 3))
show("nt kw err", lambda: P(1, z=2))
try:
    p.x = 5
except AttributeError:
    print("nt setattr: AttributeError")  # 3.4 says "can't set attribute"
show("nt newattr", lambda: setattr(p, 'w', 5))
show("nt list fields", lambda: namedtuple('T', ['a', 'b', 'c'])(1, 2, 3))
show("nt comma fields", lambda: namedtuple('T', 'a, b')(1, 2))
show("nt rename", lambda: namedtuple('T', ['a', 'def', '_x', 'a', '1'], rename=True)._fields)
show("nt bad name", lambda: namedtuple('1T', 'a'))
show("nt keyword", lambda: namedtuple('T', 'a class'))
show("nt underscore", lambda: namedtuple('T', 'a _b'))
show("nt dup", lambda: namedtuple('T', 'a a'))
show("nt bad field", lambda: namedtuple('T', 'a b-c'))
show("nt zero", lambda: (namedtuple('E', '')(), namedtuple('E', [])._fields))
show("nt one", lambda: namedtuple('One', 'v')(5))
show("nt module", lambda: P.__module__)
show("nt class repr", lambda: repr(P))
show("nt isinstance", lambda: isinstance(p, tuple))
show("nt copy", lambda: (copy.copy(p), copy.deepcopy(p)))
show("nt getnewargs", lambda: p.__getnewargs__())
class P3(namedtuple('P3', 'x y z')):
    __slots__ = ()
    @property
    def total(self):
        return self.x + self.y + self.z
show("nt subclass", lambda: (P3(1, 2, 3), P3(1, 2, 3).total, P3._make([1, 1, 1])))
show("nt sort", lambda: sorted([P(2, 1), P(1, 5), P(1, 2)]))
show("nt unpack", lambda: [a + b for a, b in [P(1, 2), P(3, 4)]])

# ---- ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
show("cm", lambda: (cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, 'z' in cm))
show("cm get", lambda: (cm.get('a'), cm.get('z'), cm.get('z', 0)))
show("cm missing", lambda: cm['z'])
show("cm repr", lambda: repr(ChainMap({1: 2}, {3: 4})))
show("cm empty", lambda: (ChainMap(), ChainMap().maps, bool(ChainMap()), bool(ChainMap({}, {1: 1}))))
cm['d'] = 4
show("cm set", lambda: (over, base))
del cm['d']
show("cm del missing", lambda: cm.__delitem__('a'))
child = cm.new_child()
child['a'] = 'child'
show("cm child", lambda: (child['a'], child.maps[1:] == cm.maps, child.parents['a']))
show("cm new_child m", lambda: cm.new_child({'q': 1})['q'])
show("cm pop", lambda: (child.pop('a'), child.pop('x', 'dflt')))
show("cm pop err", lambda: child.pop('a'))
show("cm popitem err", lambda: ChainMap({}, {1: 2}).popitem())
show("cm fromkeys", lambda: ChainMap.fromkeys('ab', 0))
show("cm copy", lambda: (cm.copy(), cm.copy().maps[0] is over, cm.copy().maps[1] is base))
cmc = ChainMap({'a': 1})
cmc.clear()
show("cm clear", lambda: cmc)
show("cm items", lambda: sorted(cm.items()))
show("cm eq", lambda: (cm == {'a': 1, 'b': 20, 'c': 30}, ChainMap({1: 2}) == ChainMap({1: 2})))

# ---- UserDict / UserList / UserString
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
show("ud", lambda: (ud, sorted(ud.items()), len(ud), 'a' in ud, ud.get('z'), ud.data is not None))
show("ud missing", lambda: ud['zz'])
class DefaultUD(UserDict):
    def __missing__(self, key):
        return key * 2
show("ud __missing__", lambda: DefaultUD()['ab'])
show("ud copy", lambda: (ud.copy(), type(ud.copy()).__name__, DefaultUD(x=1).copy(), type(DefaultUD().copy()).__name__))
show("ud fromkeys", lambda: UserDict.fromkeys([1, 2]))
show("ud pop", lambda: (ud.pop('a'), ud.popitem() is not None, len(ud)))
py34("ud err", lambda: UserDict({}, {}), "TypeError: expected at most 1 arguments, got 2")  # 3.4.3+ (issue 22609)
show("ud eq", lambda: UserDict(a=1) == {'a': 1})
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
show("ul", lambda: (ul, ul[1], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul))
show("ul ops", lambda: (ul + [9], [9] + ul, ul * 2, 2 * ul, ul == [0, 1, 2, 3], ul < [5], ul > UserList([0])))
ul.extend(UserList([7]))
ul.insert(0, -1)
ul += (8,)
show("ul mut", lambda: (ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2)))
ul.remove(7)
ul.reverse()
show("ul more", lambda: (ul, ul.copy(), type(ul.copy()).__name__))
ul *= 2
show("ul imul", lambda: ul)
del ul[0]
ul[0] = 'x'
show("ul setdel", lambda: ul)
ul.clear()
show("ul clear", lambda: (ul, UserList(), UserList('ab'), UserList(UserList([1]))))
us = UserString('Hello World')
show("us", lambda: (us, str(us), len(us), us[0], us[1:4], type(us[1:4]).__name__))
show("us methods", lambda: (us.upper(), us.lower(), us.split(), us.find('o'), us.rfind('o'), us.count('l'),
                            us.replace('l', 'L'), us.startswith('He'), us.endswith('d'), us.center(15, '*'),
                            us.zfill(13), us.title(), us.swapcase(), us.strip('Hd'), us.partition(' ')))
show("us ops", lambda: (us + '!', '>' + us, us * 2, us == 'Hello World', us < 'Z', 'World' in us,
                        UserString('%s-%d') % ('a', 1), hash(us) == hash('Hello World')))
show("us conv", lambda: (int(UserString('42')), float(UserString('1.5')), UserString(12)))
show("us index err", lambda: us.index('zz'))
show("us isx", lambda: (us.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), us.istitle()))
show("us join", lambda: UserString(',').join(['a', 'b']))

# ---- ABC aliases
show("abc aliases", lambda: [isinstance(x, collections.abc.Mapping) for x in ({}, [], od, cm, ud)])
show("abc seq", lambda: [isinstance(x, collections.abc.Sequence) for x in ([], (), 'a', ul, us, range(2))])
py34("abc deque", lambda: isinstance(deque(), collections.abc.Sequence), "False")  # registered in 3.5
show("abc mutable", lambda: [isinstance(x, collections.abc.MutableSequence) for x in ([], (), ul, bytearray())])
show("abc sets", lambda: [isinstance(x, collections.abc.Set) for x in (set(), frozenset(), {}.keys(), {}.items(), {}.values())])
show("abc hashable", lambda: [isinstance(x, collections.abc.Hashable) for x in (1, 'a', [], {}, (), p, deque())])
show("abc iter", lambda: [isinstance(x, collections.abc.Iterator) for x in (iter([]), [], (i for i in []), iter({}), iter(range(3)))])
show("abc callable", lambda: [isinstance(x, collections.abc.Callable) for x in (len, P, 1, lambda: 0)])
show("abc sized", lambda: [isinstance(x, collections.abc.Sized) for x in ([], 1, c, deque())])
py34("abc alias", lambda: [getattr(collections, n) is getattr(collections.abc, n) for n in ('Mapping', 'Iterable')], "[True, True]")
py34("abc names", lambda: sorted(collections.abc.__all__), "['ByteString', 'Callable', 'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Set', 'Sized', 'ValuesView']")
import random
rng = random.Random(1234)
for trial in range(40):
    maxlen = rng.choice([None, None, 0, 1, 3, 7])
    dq = deque(range(rng.randrange(6)), maxlen) if maxlen is not None else deque(range(rng.randrange(6)))
    log = []
    for step in range(60):
        op = rng.randrange(14)
        try:
            if op == 0:
                dq.append(step)
            elif op == 1:
                dq.appendleft(-step)
            elif op == 2:
                log.append(dq.pop())
            elif op == 3:
                log.append(dq.popleft())
            elif op == 4:
                dq.rotate(rng.randrange(-9, 10))
            elif op == 5:
                dq.extend(range(rng.randrange(4)))
            elif op == 6:
                dq.extendleft(range(rng.randrange(4)))
            elif op == 7:
                log.append(dq[rng.randrange(-8, 8)])
            elif op == 8:
                dq[rng.randrange(-8, 8)] = 'set%d' % step
            elif op == 9:
                del dq[rng.randrange(-8, 8)]
            elif op == 10:
                dq.remove(rng.choice(list(dq) + ['absent']))
            elif op == 11:
                dq.reverse()
            elif op == 12:
                log.append(dq.count(rng.randrange(5)))
            else:
                log.append((len(dq), list(reversed(dq))[:3], rng.randrange(3) in dq))
        except (IndexError, ValueError) as exc:
            log.append(type(exc).__name__)
    print("deque ops", trial, maxlen, list(dq), log)
for trial in range(30):
    od = OrderedDict()
    log = []
    for step in range(50):
        op = rng.randrange(8)
        key = rng.randrange(8)
        try:
            if op < 3:
                od[key] = step
            elif op == 3:
                del od[key]
            elif op == 4:
                od.move_to_end(key, last=rng.random() < 0.5)
            elif op == 5:
                log.append(od.popitem(last=rng.random() < 0.5))
            elif op == 6:
                log.append(od.pop(key, None))
            else:
                log.append(od.setdefault(key, -step))
        except KeyError as exc:
            log.append('KeyError')
    print("od ops", trial, list(od.items()), list(reversed(od)), log)
for trial in range(30):
    c1 = Counter([rng.randrange(6) for _ in range(rng.randrange(12))])
    c2 = Counter(dict((rng.randrange(6), rng.randrange(-3, 4)) for _ in range(rng.randrange(6))))
    print("counter ops", trial, sorted(c1.items()), sorted(c2.items()),
          sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 | c2).items()), sorted((c1 & c2).items()),
          sorted((+c2).items()), sorted((-c2).items()), sorted(c1.elements()), [count for _, count in c1.most_common(3)])
    c3 = c1.copy()
    c3.subtract(c2)
    c4 = c1.copy()
    c4.update(c2)
    print("counter update", trial, sorted(c3.items()), sorted(c4.items()))
