def v(x):
    print('eval', x)
    return x
print([v(a) + v(b) for a in v([1, 2]) for b in v([10])])
