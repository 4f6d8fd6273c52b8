from collections import ChainMap
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = ChainMap(a, b)
print(c['x'], c['y'], c['z'], len(c), sorted(c), c.get('w', 0), 'z' in c)
c['w'] = 5
print(a, b)
d = c.new_child()
d['x'] = 100
print(d['x'], c['x'], len(d.maps), d.parents.maps == c.maps)
print(sorted(c.items()), repr(ChainMap({1: 2})), repr(ChainMap()))
del c['w']
print(a)
e = c.new_child({'q': 1})
print(e.maps[0], sorted(dict(e).items()))
print(c.copy().maps[0] is not a, c.pop('x'), a)
