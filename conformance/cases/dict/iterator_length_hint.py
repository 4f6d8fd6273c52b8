# __length_hint__ of dict iterators (keys, values, items): the items left,
# 0 once the dict changed size.
import operator
d = {1: 'a', 2: 'b', 3: 'c'}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items())):
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(operator.length_hint(it))
    print(hints)
d = dict.fromkeys(range(5))
del d[1]
it = iter(d)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d)
d[10] = 0
print(it.__length_hint__())
print(operator.length_hint(iter({})), operator.length_hint(iter({}.items()), 7))
next(it)
