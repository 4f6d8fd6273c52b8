# Generated: def and lambda signatures, set 15.
def f15_0():
    return None

g0 = lambda p0, p1, p2, *, p3=(1, 2), p4=x + 1: 0
def f15_1(p0, *args, p1=1, **kwargs):
    return None

g1 = lambda p0, p1, p2='s', *args, p3=None, p4=-1: (args, kwargs)
def f15_2(p0=1, p1=[], *args, p2, p3, **kwargs):
    return None

g2 = lambda p0: None
def f15_3(p0, p1=x + 1, *args):
    return p0 if 0 else 1

g3 = lambda *args, p0={}: None
def f15_4(p0=None, p1=a.b, *args, p2):
    """doc"""

g4 = lambda p0, p1, *args, p2=a.b: p0
def f15_5(p0, p1=..., p2=None, *args):
    return None

g5 = lambda *args, p0, p1=-1, **kwargs: None
def f15_6(p0=lambda: 0, *args, p1=()):
    return p0 if 0 else 1

g6 = lambda p0, p1={}, p2=[], *, p3, p4, **kwargs: None
def f15_7(p0: "doc", *args: (int, str), p1: lambda: 0=(), **kwargs: int) -> list:
    return p0 if 0 else 1

g7 = lambda p0, p1=None, p2=..., **kwargs: 0
def f15_8(*, p0: str=None, p1):
    """doc"""

g8 = lambda p0={}, *args, p1, p2: 0
def f15_9(p0: [int], p1: (int, str) = [], p2: str = x + 1, *args, p3=x + 1, p4: None=...):
    ...

g9 = lambda p0, p1=..., p2=None, *args, p3='s', p4=None: 0
def f15_10(p0: [int], p1, *args: "doc", p2, p3=-1, **kwargs) -> None:
    """doc"""

g10 = lambda p0, p1=1, p2=(1, 2), **kwargs: None
def f15_11(p0=(1, 2), **kwargs):
    pass

g11 = lambda p0, p1=x + 1, **kwargs: None
