import pprint
data = {'b': [1, 2, {'x': list(range(30))}], 'a': ('t' * 30, 'u' * 40), 'c': {1, 2}, 'd': None}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([[1, 2], [3, [4, [5, [6]]]]], depth=2)
print(pprint.pformat({'k' * 10: 'v' * 70}), pprint.saferepr([1, {2: 3}]), pprint.isreadable([1]), pprint.isrecursive([1]))
r = [1]; r.append(r); print(pprint.isrecursive(r), pprint.saferepr(r).startswith('[1, <Recursion on list with id='))
pprint.pprint(('a' * 50, 'b' * 50))
pprint.pprint({'x': 'y' * 100})
pprint.pprint([{'name': 'n%d' % i, 'v': i * 1.5} for i in range(4)])
pp = pprint.PrettyPrinter(width=20)
pp.pprint(list('abcdefghij'))
print(pprint.pformat(frozenset([1])), pprint.pformat(set()), pprint.pformat(set(range(30))))
