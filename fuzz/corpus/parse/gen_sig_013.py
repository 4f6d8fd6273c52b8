# Generated: def and lambda signatures, set 13.
def f13_0(p0, p1=-1, p2=..., **kwargs):
    pass

g0 = lambda p0=(): p0
def f13_1(p0: list = (1, 2), p1: list = {}, p2=1) -> int:
    return None

g1 = lambda *, p0, **kwargs: (args, kwargs)
def f13_2():
    """doc"""

g2 = lambda *args, p0, **kwargs: 0
def f13_3(p0: None = x + 1, p1: lambda: 0 = 's', p2=(),) -> None:
    return p0 if 0 else 1

g3 = lambda p0, *args, p1, p2=-1: p0
def f13_4(*args, p0, **kwargs):
    return None

g4 = lambda p0=(), p1=a.b: None
def f13_5(*args, **kwargs):
    return p0 if 0 else 1

g5 = lambda: None
def f13_6():
    pass

g6 = lambda p0=-1, p1=(1, 2), *, p2, p3=1: None
def f13_7(p0, *, p1=x + 1, p2=None, **kwargs):
    """doc"""

g7 = lambda p0=[], p1=..., p2=1, **kwargs: None
def f13_8():
    ...

g8 = lambda p0=..., p1=[], *, p2, **kwargs: p0
def f13_9(p0=[]):
    pass

g9 = lambda p0=(), *args, p1=[], p2=-1: (args, kwargs)
def f13_10(*, p0: (int, str)=lambda: 0, **kwargs: None) -> None:
    return None

g10 = lambda *args, **kwargs: p0
def f13_11(*args: a.b, p0: int, p1={}, **kwargs: lambda: 0):
    return None

g11 = lambda p0, p1=None, *args, **kwargs: (args, kwargs)
