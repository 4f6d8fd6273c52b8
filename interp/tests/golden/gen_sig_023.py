# Generated: def and lambda signatures, set 23.
def f23_0(p0, p1={}):
    ...

g0 = lambda p0=1, *args: (args, kwargs)
def f23_1(p0: list, p1: [int], p2, **kwargs: int) -> int:
    pass

g1 = lambda p0='s', p1=(), p2=1, *args, p3: None
def f23_2(p0=1, p1=-1):
    return None

g2 = lambda p0, p1, p2=None, *, p3, p4=(), **kwargs: 0
def f23_3() -> "result":
    return p0 if 0 else 1

g3 = lambda *args, p0={}, p1=..., **kwargs: p0
def f23_4(p0, p1=(), p2: "doc" = lambda: 0, *args: [int], p3: list=...) -> None:
    pass

g4 = lambda p0, p1, p2=(), **kwargs: (args, kwargs)
def f23_5(p0: None, p1: "doc" = 's') -> None:
    return None

g5 = lambda p0, p1, **kwargs: 0
def f23_6(p0, p1=[]):
    ...

g6 = lambda p0, *args: p0
def f23_7(p0, p1, p2=a.b):
    pass

g7 = lambda p0=a.b, p1=(), *, p2, p3={}, **kwargs: None
def f23_8(p0, p1=..., p2=-1, *args, **kwargs):
    """doc"""

g8 = lambda p0: p0
def f23_9(**kwargs: a.b) -> "result":
    """doc"""

g9 = lambda p0, *args, **kwargs: 0
def f23_10(p0: [int], p1: str, *args: str):
    return None

g10 = lambda: p0
def f23_11(p0: (int, str), *, p1: [int], p2: int=(1, 2), **kwargs) -> None:
    """doc"""

g11 = lambda p0, *, p1, p2=-1: p0
