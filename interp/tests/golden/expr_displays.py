# Displays, tuples, attribute chains, calls of every shape, keyword-named identifiers.
t = ()
t = (1,)
t = 1,
t = 1, 2, 3
t = (1, 2, 3,)
l = []
l = [1]
l = [1, 2, 3,]
d = {}
d = {1: 2}
d = {'a': 1, 'b': [2, 3], 'c': {'d': 4},}
s = {1}
s = {1, 2, 3,}
s = {(1, 2), frozenset()}
x = a.b
x = a.b.c()
x = a().b().c()
x = a[0].b[1].c[2]
x = f()()()
x = f(1)(2)(3)
x = f(a)(b=1)
x = f(a, b, c)
x = f(a, b=1, c=2)
x = f(a,)
x = f(a, b,)
x = f(x=1,)
x = f(a for a in b)
x = f((a for a in b), c)
x = "".join(map(str, range(10)))
x = obj.method(arg).attr[key](*args)
x = None
x = True
x = False
x = ...
x = (yield_ for yield_ in [])
x = print
x = async_ = await_ = 0
async = 1
await = 2
x = 'abc'.upper()
x = [1, 2][0]
x = {1: 2}[1]
x = (1).real
x = 1 .real
x = 1..real
x = [] or {} or () or '' or 0
