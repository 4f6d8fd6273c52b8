def f(a, b, *c, d=1, **e):
    x = 1
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:5], co.co_nlocals)
