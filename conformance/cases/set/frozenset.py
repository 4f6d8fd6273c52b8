f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), hash(f) == hash(frozenset([3, 2, 1])), frozenset() == set())
d = {f: 'x'}
print(d[frozenset({1, 2, 3})])
