# Attribute loads, stores and method calls run from the same instruction
# many times (a loop body): every change to the classes must show.

class A:
    kind = 'a'

    def m(self):
        return 'A.m'


class B(A):
    pass


def read(o):
    return o.m(), o.kind, o.m


def show(t):
    return t[0], t[1], t[2].__func__.__name__


b = B()
for i in range(6):
    print(i, show(read(b)))
    if i == 0:
        def patched(self):
            return 'patched A.m'
        A.m = patched           # base-class mutation after the first call
    elif i == 1:
        def own(self):
            return 'B.m'
        B.m = own               # class attribute rebinding
    elif i == 2:
        del B.m
    elif i == 3:
        A.kind = 'changed'      # a plain class value on the base
    elif i == 4:
        b.kind = 'instance'     # the instance dict shadows the class value


# The instance dict shadows a non-data descriptor (a function) at one site.
class C:
    def f(self):
        return 'method'


def call_f(o):
    return o.f()


c = C()
for i in range(4):
    print(call_f(c))
    if i == 1:
        c.f = lambda: 'instance attribute'
    if i == 2:
        del c.f


# One site, receivers of different classes.
class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return 'P' + str(self.v)


class Q:
    def __init__(self, v):
        self.w = 0
        self.v = v

    def get(self):
        return 'Q' + str(self.v)


def pull(objs):
    return [(o.v, o.get()) for o in objs]


print(pull([P(1), Q(2), P(3), Q(4)]))


# A property added to the class takes over loads and stores.
class R:
    pass


def store_load(o, v):
    o.x = v
    return o.x


r = R()
print(store_load(r, 1), store_load(r, 2))
R.x = property(lambda self: 'prop', lambda self, v: print('set', v))
print(store_load(r, 3))
del R.x
print(store_load(r, 4), r.__dict__['x'])


# __getattr__ / __getattribute__ / __setattr__ added after the sites ran.
class H:
    pass


def probe(o):
    try:
        return o.missing
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


def plain(o):
    return o.present


h = H()
h.present = 'here'
for i in range(4):
    print(probe(h), plain(h))
    if i == 0:
        H.__getattr__ = lambda self, name: 'getattr ' + name
    elif i == 1:
        H.__getattribute__ = lambda self, name: 'getattribute ' + name
    elif i == 2:
        del H.__getattribute__
        del H.__getattr__

log = []


def put(o, v):
    o.y = v


for i in range(3):
    put(h, i)
    if i == 0:
        H.__setattr__ = lambda self, name, v: log.append((name, v))
print(h.y, log)


# __slots__: slot stores and loads at one site, a missing slot, a new name.
class S:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


def slot_read(o):
    # (An unset slot's message differs between 3.4 and 3.11.)
    try:
        return o.b
    except AttributeError:
        return 'AttributeError'



s = S(1)
for i in range(3):
    print(s.a, slot_read(s))
    s.b = i * 10
try:
    s.c = 5
except AttributeError as e:
    print('AttributeError:', e)


# __class__ assignment between classes with the same method names.
class X:
    def who(self):
        return 'X'

    tag = 'x'


class Y:
    def who(self):
        return 'Y'

    tag = 'y'


o = X()
res = []
for i in range(4):
    res.append((o.who(), o.tag, o.who.__func__.__qualname__))
    o.__class__ = Y if i % 2 == 0 else X
print(res)


# The instance dict replaced or emptied between runs of the same sites.
class D:
    pass


def dread(o):
    try:
        return o.k
    except AttributeError:
        return 'missing'


d = D()
d.k = 1
d.j = 2
print(dread(d))
d.__dict__ = {'j': 3, 'k': 4}
print(dread(d))
del d.k
print(dread(d))
d.__dict__.clear()
print(dread(d))
d.k = 5
print(dread(d))


# A built-in method at one site, then shadowed by a list subclass method.
class L(list):
    pass


def app(lst, v):
    lst.append(v)
    return len(lst)


lst = L()
print(app(lst, 1), app(lst, 2))
L.append = lambda self, v: list.extend(self, [v, v])
print(app(lst, 3), lst)


# A class value replaced by a staticmethod and a classmethod.
class K:
    val = 1


def kval(o):
    return o.val


k = K()
print(kval(k))
K.val = staticmethod(lambda: 'static')
print(kval(k)())
K.val = classmethod(lambda cls: cls.__name__)
print(kval(k)())
