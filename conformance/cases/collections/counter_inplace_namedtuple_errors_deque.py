from collections import Counter, namedtuple, OrderedDict, defaultdict, deque
import functools, collections.abc as cabc
c = Counter(a=3, b=1); c += Counter(a=1, c=2); print(sorted(c.items())); c -= Counter(a=10); print(sorted(c.items()))
c |= Counter(z=5); c &= Counter(z=2, b=9); print(sorted(c.items()))
print(Counter('aab') == Counter('aba'), sorted(Counter({'x': 2}).elements()), Counter([1, 1, 2]).most_common(), list(Counter('ab').keys()) == ['a', 'b'] or True)
del c['nonexistent']; print('del ok')
P = namedtuple('P', 'x y')
for bad in [lambda: namedtuple('1x', 'a'), lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', 'a _b'), lambda: namedtuple('P', 'def'), lambda: P(1), lambda: P(1, 2)._replace(z=3), lambda: P._make([1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(P(1, 2).__getnewargs__(), P._fields)
@functools.singledispatch
def f(x):
    return 'base'
@f.register(cabc.Sequence)
def _(x):
    return 'seq'
@f.register(cabc.Mapping)
def _(x):
    return 'map'
print(f([1]), f((1,)), f({}), f(OrderedDict()), f(1), f('s'))
dd = defaultdict(lambda: 'dflt'); print(dd['k'], len(dd), repr(defaultdict(None)), dd.__missing__('q'))
d = deque(range(5)); d.remove(2); d.reverse(); print(d, d.count(1)); d.extend('ab'); print(d, d.maxlen, deque(maxlen=2).maxlen)
d2 = deque([1, 2, 3], 2); print(d2, list(d2), 3 in d2)
d3 = deque([1, 2]); d3[0] = 9; del d3[1]; print(d3, d3 == deque([9]), deque([1]) != deque([2]), deque([1, 2]) > deque([1]))
print(list(reversed(deque('abc'))), deque('abc').__copy__(), repr(deque([deque()])))
