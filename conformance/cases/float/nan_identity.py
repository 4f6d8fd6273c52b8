# A NaN is equal to nothing, but containers compare by identity first.
x = float('nan')
y = float('nan')
print(x is x, x == x, x != x, x is y)
print([x] == [x], [x] == [y], (x,) == (x,), (x,) == (y,))
print(x in [x], x in [y], x in (x,), x in {x}, [x].count(x), [x].index(x), [y, x].index(x))
d = {x: 1}
print(d[x], d.get(y), x in d, y in d)
l = [y, x]
l.remove(x)
print(len(l), l[0] is y)
print(type(x).__name__, repr(x), str(-x), x + 1 != x + 1, isinstance(x, float))
print(float('inf') - float('inf') != 0, int(x == y))
[y].index(x)
