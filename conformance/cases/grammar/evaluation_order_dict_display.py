def v(x):
    print('eval', x)
    return x
d = {v(1): v('a'), v(2): v('b')}
print(sorted(d.items()))
