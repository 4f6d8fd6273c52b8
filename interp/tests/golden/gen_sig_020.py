# Generated: def and lambda signatures, set 20.
def f20_0():
    return None

g0 = lambda p0, **kwargs: (args, kwargs)
def f20_1(p0, p1={}, p2={},):
    return None

g1 = lambda **kwargs: 0
def f20_2(p0=1, *args: [int], p1: list, **kwargs: [int]):
    pass

g2 = lambda *args, p0='s': (args, kwargs)
def f20_3(*args: int, p0: None, p1: str):
    """doc"""

g3 = lambda p0, p1={}, **kwargs: p0
def f20_4(p0=[], p1={}, p2={}):
    ...

g4 = lambda p0, p1=-1, p2=..., *, p3=None, **kwargs: 0
def f20_5(p0={}, p1=1, p2=-1):
    ...

g5 = lambda p0, p1=lambda: 0, p2=(1, 2), *, p3: None
def f20_6(*args, p0, p1=lambda: 0):
    """doc"""

g6 = lambda p0=1, p1=[], p2=None, *args, **kwargs: None
def f20_7(p0=(), p1: str = {}) -> None:
    ...

g7 = lambda p0=(1, 2), p1=None, p2=x + 1, *args: p0
def f20_8(p0: (int, str), *args, p1: str=(1, 2), **kwargs: int) -> "result":
    return p0 if 0 else 1

g8 = lambda p0=(1, 2), *args, p1, p2: 0
def f20_9(p0, p1, *args, **kwargs):
    """doc"""

g9 = lambda p0, p1=(1, 2), *, p2: None
def f20_10(p0: None, *args: None):
    return None

g10 = lambda p0=lambda: 0, **kwargs: 0
def f20_11(p0, p1: [int] = (1, 2), p2: lambda: 0 = -1):
    ...

g11 = lambda *, p0=...: p0
