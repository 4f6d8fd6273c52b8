def v(x):
    print('eval', x)
    return x
def deco(f):
    print('decorating')
    return f
@deco
def g(a=v('default')):
    return a
print(g())
