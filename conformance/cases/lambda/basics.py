sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
