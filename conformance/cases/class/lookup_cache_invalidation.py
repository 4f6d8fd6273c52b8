# Class attribute lookups are cached per class; every change must show.
class A:
    def m(self):
        return 'A.m'

    kind = 'a'


class B(A):
    pass


b = B()
out = []
for i in range(5):
    out.append((b.m(), b.kind, B.kind))
    if i == 0:
        A.m = lambda self: 'patched A.m'
    if i == 1:
        B.m = lambda self: 'B.m'
    if i == 2:
        del B.m
    if i == 3:
        A.kind = 'changed'
print(out)

# __getattr__ added to the class later.
class G:
    pass


g = G()
for i in range(3):
    try:
        print(g.missing)
    except AttributeError as e:
        print('AttributeError', e)
    if i == 0:
        G.__getattr__ = lambda self, name: 'got ' + name
    if i == 1:
        del G.__getattr__

# __getattribute__ on a base, added later.
class Base:
    pass


class Derived(Base):
    x = 1


d = Derived()
print(d.x)
Base.__getattribute__ = lambda self, name: 'intercepted ' + name
print(d.x)
del Base.__getattribute__
print(d.x)

# A data descriptor (property) added to the class shadows the instance dict.
class P:
    pass


p = P()
p.v = 'instance'
print(p.v)
P.v = property(lambda self: 'property')
print(p.v)
del P.v
print(p.v)

# Many names: more than the cache keeps at once.
class Many:
    pass


for i in range(120):
    setattr(Many, 'n%d' % i, i)
m = Many()
total = 0
for rep in range(3):
    for i in range(120):
        total += getattr(m, 'n%d' % i)
    Many.n7 = 1000 + rep
print(total, m.n7)

# __class__ assignment changes where methods come from.
class X:
    def who(self):
        return 'X'


class Y:
    def who(self):
        return 'Y'


o = X()
res = []
for i in range(4):
    res.append(o.who())
    o.__class__ = Y if i % 2 == 0 else X
print(res)

# A metaclass attribute versus a class attribute.
class Meta(type):
    def hello(cls):
        return 'meta hello'


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.hello())
WithMeta.hello = lambda: 'class hello'
print(WithMeta.hello())
