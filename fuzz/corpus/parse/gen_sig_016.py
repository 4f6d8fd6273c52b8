# Generated: def and lambda signatures, set 16.
def f16_0(p0: str) -> list:
    pass

g0 = lambda *, p0, **kwargs: None
def f16_1(p0, p1='s', p2=x + 1, **kwargs):
    pass

g1 = lambda: None
def f16_2() -> list:
    """doc"""

g2 = lambda p0, p1, p2=1, **kwargs: 0
def f16_3(p0=None, p1='s', p2=[], *args, p3=1):
    """doc"""

g3 = lambda p0, *args, p1, **kwargs: 0
def f16_4(p0={}, p1=(1, 2), p2=(),):
    ...

g4 = lambda p0, p1, p2, *args, p3, **kwargs: 0
def f16_5(*args, p0, p1):
    """doc"""

g5 = lambda p0=(1, 2), p1=x + 1, **kwargs: 0
def f16_6(p0=(), *args):
    pass

g6 = lambda p0={}, p1=(1, 2), **kwargs: 0
def f16_7(p0, p1: a.b, *args, **kwargs: "doc") -> list:
    pass

g7 = lambda p0, **kwargs: None
def f16_8(*args: None, p0: (int, str)=[]) -> "result":
    return p0 if 0 else 1

g8 = lambda p0=x + 1, p1=(), p2=lambda: 0, **kwargs: p0
def f16_9():
    ...

g9 = lambda p0=(1, 2): 0
def f16_10(p0: (int, str)):
    return None

g10 = lambda *args, p0, p1=...: 0
def f16_11(*args: [int], **kwargs: None) -> int:
    return p0 if 0 else 1

g11 = lambda *args, p0, **kwargs: p0
