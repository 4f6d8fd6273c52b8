def f(a, b=2, *args, c=3, d, **kw):
    pass
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
def g():
    pass
print(g.__defaults__, g.__kwdefaults__)
