# Starred assignment targets and call-site star arguments.
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[a, *b] = [1, 2, 3]
(*a, b) = 1, 2
*a, = [1, 2]
[*a] = [1]
for first, *rest in rows:
    pass
for *init, last in rows:
    pass
(a, b), *c = (1, 2), 3, 4
a, (b, *c), d = 1, (2, 3, 4), 5
f(*args)
f(a, *args)
f(*args, b=1)
f(a, *args, b=1, **kwargs)
f(**kwargs)
f(a, b=1, *args, **kwargs)
f(a, b, *c, d=1, e=2, **f)
f(*(1, 2))
f(**{'a': 1})
f(x=1, *y)
print(*sorted(s), sep=", ")
