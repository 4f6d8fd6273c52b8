# Generated: def and lambda signatures, set 7.
def f7_0(p0: [int], p1: int, *, p2: str={}, p3: None=None):
    return None

g0 = lambda: (args, kwargs)
def f7_1(p0: int = x + 1, p1=-1, *args: (int, str), p2: lambda: 0, **kwargs: f(1)):
    return None

g1 = lambda p0=1, *, p1=...: None
def f7_2(p0=[], p1=[], p2=a.b, *args):
    """doc"""

g2 = lambda: p0
def f7_3(p0: (int, str), p1=-1, p2: None = x + 1, *args: f(1), p3=..., p4: lambda: 0):
    return None

g3 = lambda p0, p1=..., p2=-1, **kwargs: None
def f7_4(**kwargs):
    return None

g4 = lambda p0, p1=..., p2=..., *args, p3=[], p4, **kwargs: None
def f7_5(p0, p1, p2: str = [], **kwargs):
    """doc"""

g5 = lambda p0, p1=(), p2=lambda: 0: None
def f7_6(p0, **kwargs):
    pass

g6 = lambda p0, p1, *args, p2, **kwargs: None
def f7_7(p0=lambda: 0, p1=1, **kwargs):
    return p0 if 0 else 1

g7 = lambda p0, **kwargs: None
def f7_8(p0=None, p1={}, *args, p2, **kwargs):
    return None

g8 = lambda p0=(), p1=(), *args: 0
def f7_9(p0, p1, p2=a.b, *args, p3=1, **kwargs):
    pass

g9 = lambda p0='s', p1={}: (args, kwargs)
def f7_10():
    """doc"""

g10 = lambda p0='s', **kwargs: p0
def f7_11(p0, *, p1, **kwargs):
    """doc"""

g11 = lambda *args, p0=(1, 2), p1: (args, kwargs)
