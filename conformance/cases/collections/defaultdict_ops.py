from collections import defaultdict
d = defaultdict(int)
for ch in 'mississippi':
    d[ch] += 1
print(sorted(d.items()), d.default_factory)
print(repr(defaultdict(list, {1: [2]})))
print(repr(defaultdict(None)))
e = d.copy()
print(type(e).__name__, e.default_factory is int, e == d)
n = defaultdict(lambda: defaultdict(set))
n['a']['b'].add(1)
print(dict(n['a']), 'x' in n, n.get('y'), len(n))
print(d.__missing__('q'), 'q' in d)
