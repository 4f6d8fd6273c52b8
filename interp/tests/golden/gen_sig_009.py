# Generated: def and lambda signatures, set 9.
def f9_0(p0, *args):
    return None

g0 = lambda p0, p1, p2=None: 0
def f9_1(p0, p1=..., p2=x + 1, *args, p3=lambda: 0):
    ...

g1 = lambda p0, *, p1=(1, 2), p2: 0
def f9_2(p0, p1=None, p2=lambda: 0):
    return None

g2 = lambda p0=[], p1=-1, p2={}: (args, kwargs)
def f9_3():
    return p0 if 0 else 1

g3 = lambda p0, p1=(1, 2), **kwargs: 0
def f9_4():
    pass

g4 = lambda p0=(1, 2), p1=None, *args, p2, **kwargs: (args, kwargs)
def f9_5(*args: lambda: 0) -> None:
    ...

g5 = lambda p0: p0
def f9_6(p0, **kwargs):
    return p0 if 0 else 1

g6 = lambda *, p0=..., p1: (args, kwargs)
def f9_7(p0: [int], p1=(), p2: (int, str) = 1, *args, p3, p4: int=-1):
    """doc"""

g7 = lambda p0=a.b, p1=1, **kwargs: None
def f9_8(p0: str, p1, p2: int = ..., **kwargs: (int, str)) -> "result":
    return None

g8 = lambda p0, p1: None
def f9_9(p0, p1, p2='s', *, p3, p4, **kwargs):
    """doc"""

g9 = lambda p0=(): (args, kwargs)
def f9_10(p0, p1=lambda: 0, p2=None):
    """doc"""

g10 = lambda *, p0, **kwargs: p0
def f9_11(p0=(1, 2), p1=x + 1, *args, p2, p3, **kwargs):
    """doc"""

g11 = lambda *, p0, **kwargs: (args, kwargs)
