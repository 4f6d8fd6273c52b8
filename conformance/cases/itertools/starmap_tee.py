from itertools import starmap, tee
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee('a', 0))
