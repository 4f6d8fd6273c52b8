# Lambdas in every parameter form and as arguments, defaults and bodies.
f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2, *args: args
f = lambda *args, **kwargs: (args, kwargs)
f = lambda *, k: k
f = lambda a, *, k=1, **kw: kw
f = lambda x,: x
f = lambda x: lambda y: lambda z: x + y + z
f = lambda x: x if x else -x
f = lambda: (yield)
key = sorted(items, key=lambda item: (item[1], -item[0]))
g = (lambda: 1)()
h = [lambda i=i: i for i in range(3)]
callbacks = {"a": lambda: "A", "b": lambda *a: a}
z = lambda x: x, lambda y: y
w = lambda: lambda: None
