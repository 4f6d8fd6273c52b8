# Generated: def and lambda signatures, set 5.
def f5_0(p0, p1=1, p2=x + 1,):
    ...

g0 = lambda: 0
def f5_1() -> list:
    """doc"""

g1 = lambda p0, p1, p2=(1, 2), *args, p3=(1, 2): 0
def f5_2(p0=lambda: 0, p1=(), p2=None, *, p3):
    """doc"""

g2 = lambda p0, p1, *, p2=...: p0
def f5_3(*args):
    return None

g3 = lambda p0, *args, p1=a.b, **kwargs: 0
def f5_4(p0: None = 1, p1: list = -1, *args: "doc", p2: int, p3: f(1)) -> list:
    pass

g4 = lambda p0={}, p1=None, *, p2=(1, 2): (args, kwargs)
def f5_5(*args: list, p0, **kwargs: list):
    return None

g5 = lambda p0=..., p1=(1, 2), p2=-1, *, p3={}, **kwargs: None
def f5_6(p0: list, p1, *args, p2, p3):
    return None

g6 = lambda p0, p1, p2, *, p3=(), **kwargs: p0
def f5_7(p0: None, p1, p2: f(1) = -1, *args: [int], p3: str) -> "result":
    return p0 if 0 else 1

g7 = lambda p0=1, *, p1: None
def f5_8(p0=x + 1):
    pass

g8 = lambda p0, p1, p2=x + 1, *args: None
def f5_9(*args, p0=-1):
    ...

g9 = lambda p0, p1, p2=lambda: 0, **kwargs: p0
def f5_10(p0=1, *, p1=(1, 2)):
    pass

g10 = lambda p0, p1, p2: p0
def f5_11(p0: int, p1: (int, str) = 1, p2: None = [], **kwargs: str):
    ...

g11 = lambda p0: 0
