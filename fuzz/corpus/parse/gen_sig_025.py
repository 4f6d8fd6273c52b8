# Generated: def and lambda signatures, set 25.
def f25_0(p0=a.b, p1=a.b, p2=...,):
    pass

g0 = lambda p0=1, p1=None, p2={}, *, p3='s': (args, kwargs)
def f25_1(p0, p1={}, p2=1, *args):
    pass

g1 = lambda: (args, kwargs)
def f25_2(p0=(1, 2), p1: str = {}):
    pass

g2 = lambda p0, p1, *args, p2, p3=(): (args, kwargs)
def f25_3(p0=[], p1=..., **kwargs):
    """doc"""

g3 = lambda p0={}, p1=..., *args, p2, p3={}, **kwargs: None
def f25_4(p0: list = x + 1, p1=(1, 2), *, p2: (int, str), **kwargs: None) -> list:
    """doc"""

g4 = lambda p0, p1={}: (args, kwargs)
def f25_5() -> "result":
    return p0 if 0 else 1

g5 = lambda p0: 0
def f25_6(p0: f(1) = x + 1, p1=lambda: 0, **kwargs):
    pass

g6 = lambda *args, p0, p1: 0
def f25_7(p0: [int], p1: list, p2: "doc") -> int:
    """doc"""

g7 = lambda p0, **kwargs: 0
def f25_8(p0, p1):
    ...

g8 = lambda p0, p1=[], *args, p2, p3, **kwargs: (args, kwargs)
def f25_9():
    """doc"""

g9 = lambda: p0
def f25_10(p0=-1, p1=None, *args, p2, p3='s'):
    ...

g10 = lambda p0=-1, p1=[], **kwargs: (args, kwargs)
def f25_11(p0, p1, p2):
    ...

g11 = lambda p0, p1, p2: None
