def v(x):
    print('eval', x)
    return x
d = {'k': [10, 20]}
print(v(d)[v('k')][v(1)])
print(v(len)(v('abc')))
