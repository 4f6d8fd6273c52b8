def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
print(f(*[1, 2], **{"d": 9, "q": 1}))
def g(*args, **kwargs):
    return args, sorted(kwargs)
print(g(), g(1, x=2))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, 3))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
total = 0
def add_global(v):
    global total
    total += v
add_global(5); add_global(7)
print(total)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def kwonly(a, *, b):
    return a + b
print(kwonly(1, b=2))
ident = lambda x: x
for bad in [lambda: f(1), lambda: f(1, 2, 3), lambda: kwonly(1, 2), lambda: add_global(), lambda: g(**{1: 2}) if False else f(1, 2, d=1, a=3), lambda: ident(1, x=2), lambda: kwonly(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(f.__name__, f.__defaults__, f.__kwdefaults__, add.__name__)
def doc():
    "the doc"
print(doc.__doc__)
