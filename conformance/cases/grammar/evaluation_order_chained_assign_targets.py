def v(x):
    print('eval', x)
    return x
a = {}
a[v('first')] = a[v('second')] = v('value')
print(sorted(a.items()))
