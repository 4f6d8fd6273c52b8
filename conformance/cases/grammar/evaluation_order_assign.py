def v(x):
    print('eval', x)
    return x
d = {}
d[v('key')] = v('value')
print(d)
a = [0, 0]
a[v(0)], a[v(1)] = v(10), v(20)
print(a)
