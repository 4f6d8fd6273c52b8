# Generated: def and lambda signatures, set 22.
def f22_0(p0=..., p1: (int, str) = a.b, *args: str, p2: (int, str)) -> None:
    return p0 if 0 else 1

g0 = lambda: p0
def f22_1(p0, p1, p2):
    pass

g1 = lambda p0=(1, 2), p1=(): p0
def f22_2(p0: f(1), p1: str, p2: "doc") -> None:
    return p0 if 0 else 1

g2 = lambda *args: (args, kwargs)
def f22_3(p0, *, p1={}, **kwargs):
    return p0 if 0 else 1

g3 = lambda p0=a.b, *args, p1='s': (args, kwargs)
def f22_4(p0, p1, p2: list, *args: list):
    pass

g4 = lambda p0, p1, p2=1, **kwargs: None
def f22_5(p0=(1, 2), p1='s', *args, p2=...):
    ...

g5 = lambda p0=a.b, p1=lambda: 0: p0
def f22_6(p0: (int, str), p1: int, p2: (int, str) = None) -> None:
    """doc"""

g6 = lambda: 0
def f22_7(*args: a.b, p0: (int, str), p1: "doc"):
    return p0 if 0 else 1

g7 = lambda p0, p1, *, p2='s', p3=lambda: 0, **kwargs: (args, kwargs)
def f22_8(*, p0: [int]=None, p1: "doc") -> int:
    pass

g8 = lambda p0=None, p1=-1, p2={}: p0
def f22_9(p0=x + 1, p1=(1, 2), p2=-1):
    pass

g9 = lambda p0, **kwargs: (args, kwargs)
def f22_10(p0: "doc" = [], **kwargs: [int]):
    """doc"""

g10 = lambda p0, p1, p2='s', *, p3, p4, **kwargs: p0
def f22_11(*, p0: f(1)={}, p1: a.b):
    """doc"""

g11 = lambda p0, p1, p2={}, *, p3: (args, kwargs)
