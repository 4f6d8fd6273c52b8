from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, c=30)
print(p(2), p(2, d=40), p(b=5), p.func is f, p.args, sorted(p.keywords.items()))
q = partial(p, 2)
print(q(), q.args, q.func is f or q.func is p)
print(partial(int, base=2)('101'), callable(p))
p.attr = 1
print(p.attr)
