# Generated: def and lambda signatures, set 27.
def f27_0(p0: "doc", p1: str, **kwargs):
    return None

g0 = lambda p0=..., p1=None, p2=1, **kwargs: p0
def f27_1(p0: str, **kwargs: list) -> int:
    return None

g1 = lambda p0, p1=a.b, p2=-1, *, p3=1: p0
def f27_2(p0: [int], p1=a.b, **kwargs: list):
    ...

g2 = lambda p0: p0
def f27_3(p0, p1: None = (), **kwargs: a.b):
    """doc"""

g3 = lambda *, p0=-1, **kwargs: p0
def f27_4(p0: lambda: 0, p1=1, **kwargs):
    pass

g4 = lambda p0, p1, p2=a.b, *args, **kwargs: 0
def f27_5(*args: lambda: 0, p0: int, p1):
    ...

g5 = lambda p0=x + 1, p1=1, **kwargs: (args, kwargs)
def f27_6(p0: lambda: 0, p1: lambda: 0, p2: int, *args: str, p3: lambda: 0=(1, 2), p4):
    pass

g6 = lambda p0, p1, p2, **kwargs: p0
def f27_7(p0, p1, *args, p2, p3=-1):
    """doc"""

g7 = lambda *, p0, p1: p0
def f27_8(p0=()):
    ...

g8 = lambda p0, p1=...: None
def f27_9() -> list:
    """doc"""

g9 = lambda *args, p0=a.b, p1=(1, 2), **kwargs: p0
def f27_10(p0, p1=1, **kwargs):
    ...

g10 = lambda p0, *, p1=a.b, p2=a.b: None
def f27_11(*args, **kwargs):
    """doc"""

g11 = lambda p0, p1=-1, p2=None, **kwargs: p0
