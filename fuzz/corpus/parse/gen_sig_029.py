# Generated: def and lambda signatures, set 29.
def f29_0(*args, p0=[], p1=None):
    ...

g0 = lambda *, p0=..., p1: None
def f29_1(p0: None, p1: [int], p2: int, *args: None) -> int:
    ...

g1 = lambda p0: (args, kwargs)
def f29_2(p0, **kwargs: [int]) -> list:
    """doc"""

g2 = lambda *args: None
def f29_3(p0={}, p1=lambda: 0):
    pass

g3 = lambda p0=lambda: 0, p1={}, p2=lambda: 0: 0
def f29_4(p0, p1=(1, 2), *args, p2=-1):
    return None

g4 = lambda p0, p1='s', p2=None: 0
def f29_5(p0=x + 1, p1=a.b, p2=...):
    return None

g5 = lambda p0=-1, p1=None: (args, kwargs)
def f29_6(p0, p1, p2=-1, *args, p3):
    """doc"""

g6 = lambda p0, p1, *args, p2: (args, kwargs)
def f29_7(p0: int = 's', *args: a.b, p1: None=(1, 2), p2: str):
    return p0 if 0 else 1

g7 = lambda p0, p1, *args, p2=x + 1: 0
def f29_8(p0: a.b, *, p1=None, p2):
    return None

g8 = lambda p0, p1, p2={}, **kwargs: (args, kwargs)
def f29_9(p0, p1, p2, *args, p3, p4, **kwargs):
    ...

g9 = lambda p0={}, *args, p1, p2=(): None
def f29_10():
    return None

g10 = lambda *, p0, p1=-1: (args, kwargs)
def f29_11(p0: "doc" = (), p1: a.b = x + 1, **kwargs: list):
    ...

g11 = lambda p0, p1, **kwargs: None
