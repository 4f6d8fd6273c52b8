# Each NaN an operation produces is a new object: identity (and so list
# equality and `in`, which try identity first) follows the object.
inf = float('inf')
x = inf - inf
y = x * 1
print(x is x, x is y, x == x, x != x)
print([x] == [x], [x] == [y], x in [x], y in [x], (x,) == (x,))
z = x
print(z is x, [z] == [x], [x, 1].count(x), [x, 1].index(x))
a, b = float('nan'), float('nan')
print(a is b, [a] == [b], a in [b], {a: 1}.get(a), {a: 1}.get(b))
print(len({a, b, a}), len({x, y}), len(set([x, x])))
print(x is inf * 0, -x is x, x + 0 is x)
[y].index(x)
