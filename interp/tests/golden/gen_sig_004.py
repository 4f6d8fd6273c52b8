# Generated: def and lambda signatures, set 4.
def f4_0(p0: list, p1: None = (1, 2), p2=()):
    """doc"""

g0 = lambda p0, *, p1, p2: None
def f4_1():
    ...

g1 = lambda p0, p1=..., p2=a.b, **kwargs: 0
def f4_2(p0=[], **kwargs):
    return None

g2 = lambda **kwargs: p0
def f4_3(p0=(), **kwargs):
    pass

g3 = lambda p0, **kwargs: (args, kwargs)
def f4_4(p0: (int, str)):
    pass

g4 = lambda p0, p1=1, p2=[]: (args, kwargs)
def f4_5(p0=..., p1: (int, str) = [], p2: lambda: 0 = -1):
    return None

g5 = lambda p0, p1: 0
def f4_6(p0, p1):
    return None

g6 = lambda *args: 0
def f4_7():
    return None

g7 = lambda p0, p1, p2='s': 0
def f4_8(p0=(), *args):
    """doc"""

g8 = lambda p0, p1=...,: (args, kwargs)
def f4_9(p0: (int, str), p1=..., *args: str, p2=-1):
    """doc"""

g9 = lambda p0, p1, *args, p2=x + 1, **kwargs: 0
def f4_10(p0: list, p1: (int, str) = None, **kwargs: (int, str)):
    pass

g10 = lambda p0, p1={}, p2={}, *, p3, **kwargs: 0
def f4_11(p0: None, p1: a.b, p2: (int, str)) -> "result":
    """doc"""

g11 = lambda p0, p1, p2: p0
