def v(x):
    print('eval', x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(v(1), v(2), k=v(3)))
