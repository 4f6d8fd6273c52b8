# User classes through every protocol: __dict__ state, builtin subclasses,
# __getnewargs__, __getnewargs_ex__ (protocol 4; 0 and 1 do not call
# __new__), __reduce_ex__, __getstate__/__setstate__, __slots__, nested
# classes, recursive references and exceptions.
import pickle


class P:
    def __init__(self, a):
        self.a = a


class Outer:
    class Inner:
        pass


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class NA:
    def __new__(cls, x, y=0):
        o = object.__new__(cls)
        o.args = (x, y)
        return o

    def __getnewargs__(self):
        return self.args


class NE:
    def __new__(cls, x, *, k=0):
        o = object.__new__(cls)
        o.args = (x, k)
        return o

    def __getnewargs_ex__(self):
        return (self.args[0],), {'k': self.args[1]}


class RE:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (RE, (self.v * 10 + proto,))


class St:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x, 'extra': 2}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Sl:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


def rt(v, p):
    return pickle.loads(pickle.dumps(v, p))


for p in range(5):
    out = []
    r = rt(P([1, 2]), p)
    out.append((type(r).__name__, r.a))
    if p >= 4:
        out.append(type(rt(Outer.Inner(), p)).__name__)
    r = rt(L([1, 2]), p)
    out.append((type(r).__name__, list(r)))
    d = D(a=1)
    d.z = 5
    r = rt(d, p)
    out.append((type(r).__name__, dict(r), r.z))
    r = rt(I(7), p)
    out.append((type(r).__name__, int(r)))
    out.append(('NA', rt(NA(3, 4), p).args))
    if p in (0, 1, 4):
        out.append(('NE', rt(NE(3, k=4), p).args))
    out.append(('RE', rt(RE(1), p).v))
    out.append(('St', sorted(rt(St(), p).__dict__.items())))
    try:
        r = rt(Sl(), p)
        out.append(('Sl', r.a, hasattr(r, 'b')))
    except TypeError as e:
        out.append(('Sl', str(e)))
    a = P(None)
    a.a = a
    r = rt(a, p)
    out.append(r.a is r)
    l = [1]
    r = rt({'l': l, 'again': l}, p)
    out.append(r['l'] is r['again'])
    r = rt([{1, 2}, frozenset([4]), complex(1, -2), slice(1, 2, 3),
            range(3, 9, 2), b'\x00\xff', bytearray(b'z')], p)
    out.append((sorted(r[0]), sorted(r[1]), r[2:]))
    e = rt(ValueError('bad', 2), p)
    out.append((type(e).__name__, e.args))
    print(p, out)
