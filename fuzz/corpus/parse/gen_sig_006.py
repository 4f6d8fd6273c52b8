# Generated: def and lambda signatures, set 6.
def f6_0(p0, *, p1, p2=None, **kwargs):
    ...

g0 = lambda p0=(), p1=[], *args, **kwargs: 0
def f6_1(p0, p1=x + 1):
    pass

g1 = lambda p0, p1,: None
def f6_2(p0=a.b, p1=None, **kwargs: [int]) -> "result":
    """doc"""

g2 = lambda: p0
def f6_3(p0, *args: str, p1: str=x + 1):
    """doc"""

g3 = lambda p0=lambda: 0: (args, kwargs)
def f6_4(p0: (int, str) = -1):
    return p0 if 0 else 1

g4 = lambda p0, p1=None: p0
def f6_5(p0={}, p1='s', p2=None):
    ...

g5 = lambda p0=(1, 2), *args: None
def f6_6(*, p0=[]):
    pass

g6 = lambda p0=1, p1={}: None
def f6_7(p0, p1, p2=lambda: 0, *, p3='s', p4=x + 1):
    """doc"""

g7 = lambda p0: (args, kwargs)
def f6_8(p0: f(1) = (), **kwargs: f(1)) -> list:
    return None

g8 = lambda p0, p1='s', p2=lambda: 0, *, p3, p4=(): None
def f6_9(*, p0: list=..., p1) -> None:
    return p0 if 0 else 1

g9 = lambda *args, p0=a.b: (args, kwargs)
def f6_10(p0: f(1) = 1, p1: str = -1, p2: None = None, **kwargs: lambda: 0) -> int:
    pass

g10 = lambda p0=(), p1=x + 1, *, p2={}, **kwargs: (args, kwargs)
def f6_11(p0: lambda: 0, p1: [int], p2, *, p3: None, p4: None=1):
    """doc"""

g11 = lambda *, p0=a.b: None
