def v(x):
    print('eval', x)
    return x
def f(*a, **k):
    return len(a), len(k)
print(f(v(1), *v([2, 3]), x=v(4), **v({'y': 5})))
