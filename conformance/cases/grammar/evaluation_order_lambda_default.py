def v(x):
    print('eval', x)
    return x
f = lambda a=v(1), b=v(2): a + b
print('defined')
print(f(), f(10))
