from collections import namedtuple, OrderedDict, deque, Counter, defaultdict, ChainMap
import itertools, operator

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p._replace(x=5), Point._make([7, 8]), Point._fields)
print(p._asdict() if False else list(p._asdict().items()))
Emp = namedtuple('Emp', ['name', 'dept', 'salary'])
staff = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cy', 'eng', 100), Emp('di', 'ops', 95), Emp('ed', 'hr', 70)]
staff.sort(key=operator.attrgetter('dept', 'salary'))
for dept, grp in itertools.groupby(staff, key=lambda e: e.dept):
    g = list(grp)
    print(dept, [e.name for e in g], sum(e.salary for e in g))
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d, list(reversed(d)))
d2 = deque()
try:
    d2.pop()
except IndexError as e:
    print("IndexError:", e)
c = Counter("abracadabra")
print(c.most_common(3), c['z'], sorted(c.elements())[:5])
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items()), sorted((c | c2).items()))
c.subtract("aaa")
print(c['a'], sum(c.values()))
od = OrderedDict()
od['z'] = 1; od['a'] = 2; od['m'] = 3
od.move_to_end('z')
print(od, list(od), od.popitem(last=False))
print(OrderedDict(sorted({'b': 2, 'a': 1}.items())))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd['none'], len(dd))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t)
print(repr(defaultdict(int)), defaultdict(int, {1: 2}))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.combinations('abcd', 2))[:4], len(list(itertools.permutations(range(4), 3))))
print(list(itertools.product('ab', repeat=2)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.compress('abcdef', [1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.repeat('x', 3)), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(itertools.combinations_with_replacement([1, 2], 2)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.islice(itertools.cycle('ab'), 5)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(sorted(staff, key=operator.itemgetter(2))[0], operator.methodcaller('upper')('x'))
