def v(x):
    print('eval', x)
    return x
class C(v(object)):
    a = v('a')
    b = v('b')
print(C.a + C.b)
