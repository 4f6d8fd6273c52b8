# Generated: def and lambda signatures, set 8.
def f8_0(*, p0=(), p1: f(1)=a.b):
    pass

g0 = lambda: p0
def f8_1(p0, *args, p1, p2):
    """doc"""

g1 = lambda p0, p1=..., p2='s', **kwargs: 0
def f8_2(p0, p1, p2, *args, p3, p4, **kwargs):
    pass

g2 = lambda p0=1, *args, p1='s', **kwargs: None
def f8_3(*args, **kwargs: a.b):
    return None

g3 = lambda p0, p1=(), p2=lambda: 0, **kwargs: (args, kwargs)
def f8_4(p0, p1, *args, p2, p3):
    return None

g4 = lambda p0, p1=..., p2=1, *args, p3, p4=-1: 0
def f8_5(p0, p1, p2, *args):
    pass

g5 = lambda *, p0, p1=(1, 2): p0
def f8_6(p0, p1, p2):
    ...

g6 = lambda p0, p1=x + 1, *, p2=..., p3: p0
def f8_7(p0: "doc", p1: f(1) = lambda: 0, **kwargs: int) -> "result":
    return p0 if 0 else 1

g7 = lambda p0={}, p1=None: (args, kwargs)
def f8_8(p0: None = a.b, p1: f(1) = [], *args):
    return p0 if 0 else 1

g8 = lambda p0={}, p1=a.b, p2=1, *args, p3, p4: 0
def f8_9(p0=lambda: 0, *args, p1=a.b):
    return p0 if 0 else 1

g9 = lambda p0, *args: 0
def f8_10(p0=a.b, *args, p1):
    return None

g10 = lambda p0=None, p1=(1, 2), p2='s', **kwargs: None
def f8_11(p0: a.b = (1, 2), p1: "doc" = {}, *, p2: list=(1, 2), **kwargs: None):
    return None

g11 = lambda p0=[], p1=[], p2=1, **kwargs: p0
