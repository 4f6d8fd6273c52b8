# Generated: def and lambda signatures, set 10.
def f10_0(p0: str, **kwargs: int):
    ...

g0 = lambda p0=(1, 2), p1=x + 1, *args: p0
def f10_1(p0: None, p1: a.b, p2: (int, str), **kwargs: f(1)) -> int:
    ...

g1 = lambda p0, *, p1=(1, 2), p2: None
def f10_2(p0, p1, *args, p2=[], p3):
    return p0 if 0 else 1

g2 = lambda p0: p0
def f10_3(p0, p1, p2=a.b, **kwargs):
    """doc"""

g3 = lambda p0=lambda: 0, p1=(), **kwargs: p0
def f10_4(p0: a.b = -1, p1=-1, *args, p2: [int]=a.b, p3: (int, str)) -> None:
    pass

g4 = lambda *args, **kwargs: (args, kwargs)
def f10_5(p0, p1=..., *args, p2=a.b, p3=(), **kwargs):
    ...

g5 = lambda p0, p1, p2='s', *args, p3: 0
def f10_6():
    pass

g6 = lambda p0=[]: p0
def f10_7(*args, p0):
    """doc"""

g7 = lambda *, p0: (args, kwargs)
def f10_8(p0: None = -1, p1=(), p2=[]) -> int:
    return p0 if 0 else 1

g8 = lambda p0, p1, p2, *, p3='s': None
def f10_9(*, p0: a.b='s'):
    pass

g9 = lambda p0: (args, kwargs)
def f10_10(p0: [int] = None) -> "result":
    return p0 if 0 else 1

g10 = lambda p0: 0
def f10_11(p0, p1, *args, p2, p3):
    """doc"""

g11 = lambda p0, p1, *, p2: 0
