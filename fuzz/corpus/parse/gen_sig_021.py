# Generated: def and lambda signatures, set 21.
def f21_0():
    return p0 if 0 else 1

g0 = lambda p0, *args, p1, p2=[]: 0
def f21_1(p0):
    ...

g1 = lambda p0=(1, 2): p0
def f21_2(p0, p1=(1, 2), p2=a.b, *, p3, p4=()):
    ...

g2 = lambda **kwargs: None
def f21_3(p0: int, p1: None = [], p2: "doc" = -1, *args: str, p3: "doc"=-1) -> int:
    return p0 if 0 else 1

g3 = lambda p0, p1=...,: None
def f21_4(p0, p1, p2):
    pass

g4 = lambda p0=None, *args, **kwargs: None
def f21_5(p0, **kwargs):
    return None

g5 = lambda p0, p1=x + 1, p2=None, **kwargs: (args, kwargs)
def f21_6(p0: a.b, p1=a.b, p2: list = (1, 2), *args: list, p3: lambda: 0, p4: str=1, **kwargs: None) -> "result":
    pass

g6 = lambda *args, p0=[], p1: p0
def f21_7(p0, *args):
    pass

g7 = lambda p0, p1=(), **kwargs: p0
def f21_8(p0, p1, p2):
    pass

g8 = lambda p0, p1=a.b, **kwargs: 0
def f21_9(p0, p1, p2, *, p3={}, p4=x + 1, **kwargs):
    pass

g9 = lambda p0, p1=(1, 2), p2=[], *args, p3: None
def f21_10(p0, p1, p2='s', *args, p3='s', p4):
    return None

g10 = lambda p0, p1, *args, p2, p3: 0
def f21_11(p0: f(1), p1: list, *, p2: int) -> "result":
    """doc"""

g11 = lambda p0, p1=(): p0
