# Generated: def and lambda signatures, set 18.
def f18_0(p0='s'):
    pass

g0 = lambda p0=a.b, p1=None, p2=x + 1: 0
def f18_1(p0, p1: None, *args: str, p2: [int]=(), p3, **kwargs: list):
    ...

g1 = lambda p0, p1=a.b: p0
def f18_2(p0: (int, str)) -> "result":
    """doc"""

g2 = lambda p0=x + 1, p1=[]: None
def f18_3(p0, p1=1, **kwargs):
    return p0 if 0 else 1

g3 = lambda p0, p1: p0
def f18_4(p0, *, p1=[], **kwargs):
    ...

g4 = lambda p0={}, *args, p1=-1, **kwargs: (args, kwargs)
def f18_5(p0=x + 1):
    """doc"""

g5 = lambda p0=(), **kwargs: p0
def f18_6(p0, p1: (int, str), p2: (int, str), *, p3: [int]) -> "result":
    return p0 if 0 else 1

g6 = lambda p0, **kwargs: (args, kwargs)
def f18_7(p0, p1: (int, str)) -> "result":
    return p0 if 0 else 1

g7 = lambda **kwargs: None
def f18_8(p0: int, p1, **kwargs: a.b):
    ...

g8 = lambda p0='s', p1=x + 1, *args, p2, p3=-1: None
def f18_9(p0: f(1), p1: lambda: 0, p2=x + 1):
    """doc"""

g9 = lambda p0, p1=(), p2={}, *args, p3, p4=1, **kwargs: p0
def f18_10(p0, *args, p1, p2={}, **kwargs):
    ...

g10 = lambda p0, p1, *, p2=None, **kwargs: p0
def f18_11(p0, p1=-1):
    pass

g11 = lambda p0, p1=x + 1, p2='s', *args, p3=(1, 2), p4: p0
