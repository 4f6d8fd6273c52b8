# Generated: def and lambda signatures, set 1.
def f1_0(p0=a.b):
    return None

g0 = lambda p0, p1=a.b: 0
def f1_1(p0, *args: None, p1: lambda: 0):
    return None

g1 = lambda p0, p1, *args, p2, p3: None
def f1_2(*, p0=-1, p1, **kwargs):
    return None

g2 = lambda p0, p1, p2=lambda: 0,: p0
def f1_3(p0: int, **kwargs) -> list:
    pass

g3 = lambda p0, p1, p2, *args: 0
def f1_4(p0: int, p1: [int], p2, *, p3: lambda: 0=(1, 2), p4: (int, str), **kwargs: [int]):
    ...

g4 = lambda p0='s', p1=(), *args, **kwargs: p0
def f1_5(**kwargs):
    pass

g5 = lambda p0, p1, p2, *, p3, p4=x + 1: p0
def f1_6(p0, p1=(1, 2), p2=lambda: 0, **kwargs):
    ...

g6 = lambda p0={}, *, p1, p2: (args, kwargs)
def f1_7(p0: list, p1: a.b, p2: [int] = lambda: 0):
    ...

g7 = lambda: p0
def f1_8(p0, p1):
    return p0 if 0 else 1

g8 = lambda **kwargs: 0
def f1_9(*args: None, **kwargs: int):
    return None

g9 = lambda p0: (args, kwargs)
def f1_10(p0: (int, str), p1: str = None, p2: lambda: 0 = (1, 2), *args: a.b, p3: f(1)=[], p4, **kwargs: "doc"):
    """doc"""

g10 = lambda *args: (args, kwargs)
def f1_11():
    return None

g11 = lambda p0, p1=(), p2=x + 1: None
