# Generated: def and lambda signatures, set 3.
def f3_0(*args, p0: a.b=a.b, **kwargs: str) -> int:
    pass

g0 = lambda p0=a.b, *, p1, p2=1, **kwargs: (args, kwargs)
def f3_1(p0: f(1), *args: str) -> int:
    pass

g1 = lambda *, p0, **kwargs: None
def f3_2(p0=x + 1, p1=(1, 2), p2=x + 1, *, p3, p4=..., **kwargs):
    """doc"""

g2 = lambda **kwargs: p0
def f3_3(*args: list) -> None:
    pass

g3 = lambda p0=..., p1=(), p2=None, *args: 0
def f3_4(p0, p1: a.b, **kwargs: None):
    return None

g4 = lambda p0, p1=lambda: 0,: 0
def f3_5(p0: int, **kwargs) -> "result":
    ...

g5 = lambda p0=a.b, *args, p1=None, p2: 0
def f3_6(p0=(1, 2), p1=(), *args):
    return None

g6 = lambda: (args, kwargs)
def f3_7(p0: (int, str), p1,):
    """doc"""

g7 = lambda p0: p0
def f3_8(p0: (int, str) = 's', p1: f(1) = x + 1, p2=...) -> int:
    """doc"""

g8 = lambda p0=(), *args, **kwargs: (args, kwargs)
def f3_9(p0='s', p1: str = a.b, p2: None = -1) -> list:
    pass

g9 = lambda *args, p0, p1, **kwargs: p0
def f3_10(p0: f(1) = [],) -> list:
    pass

g10 = lambda p0, p1, p2=...: 0
def f3_11(p0=a.b):
    ...

g11 = lambda p0, *args, p1=a.b, **kwargs: (args, kwargs)
