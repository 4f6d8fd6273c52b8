# Generated: def and lambda signatures, set 14.
def f14_0(p0: (int, str), p1: a.b, p2, *, p3: lambda: 0):
    ...

g0 = lambda p0, p1, p2=x + 1, *args, p3=x + 1: None
def f14_1(p0: "doc" = (1, 2), p1: lambda: 0 = x + 1, *args: "doc", p2=1) -> None:
    ...

g1 = lambda p0={}, p1=..., p2=None, *, p3=[], p4, **kwargs: (args, kwargs)
def f14_2(p0=lambda: 0, p1=lambda: 0):
    """doc"""

g2 = lambda p0, p1, *args, p2, p3=(1, 2): (args, kwargs)
def f14_3(p0, p1, p2,):
    ...

g3 = lambda *args: 0
def f14_4(p0: "doc"):
    """doc"""

g4 = lambda *args, p0=..., **kwargs: p0
def f14_5(*args, p0=None, p1=-1, **kwargs):
    ...

g5 = lambda p0, p1=-1, *args, p2: p0
def f14_6(**kwargs):
    pass

g6 = lambda: 0
def f14_7(p0, p1=1, p2=-1, *, p3, p4='s'):
    pass

g7 = lambda p0, *args, p1, p2=a.b: p0
def f14_8(p0=(), p1=lambda: 0):
    return p0 if 0 else 1

g8 = lambda p0=-1, p1=lambda: 0, **kwargs: 0
def f14_9(*args, p0: None):
    pass

g9 = lambda **kwargs: None
def f14_10(p0: lambda: 0, p1: a.b, p2: (int, str), *args: "doc", p3: str='s', p4, **kwargs: f(1)):
    ...

g10 = lambda *args: None
def f14_11(p0: f(1), *args: lambda: 0) -> int:
    pass

g11 = lambda p0, *args, p1, p2: p0
