# Generated: def and lambda signatures, set 17.
def f17_0(p0, p1=1, p2=lambda: 0):
    pass

g0 = lambda p0=lambda: 0, *, p1=..., **kwargs: p0
def f17_1(p0=1):
    return None

g1 = lambda p0, p1=None, *, p2=..., p3=None, **kwargs: 0
def f17_2(p0, p1, p2={}, *, p3=..., p4=None):
    pass

g2 = lambda *args, p0: None
def f17_3(**kwargs: str):
    ...

g3 = lambda *, p0, **kwargs: None
def f17_4(p0='s', **kwargs: list) -> list:
    ...

g4 = lambda p0, p1=x + 1, p2=(), *args, p3, p4=None, **kwargs: 0
def f17_5(p0, p1, p2,):
    return None

g5 = lambda *, p0: 0
def f17_6(p0, p1=...):
    pass

g6 = lambda p0, **kwargs: p0
def f17_7() -> "result":
    ...

g7 = lambda: None
def f17_8(**kwargs):
    """doc"""

g8 = lambda p0, p1, **kwargs: p0
def f17_9(p0: [int] = -1, **kwargs: f(1)):
    return None

g9 = lambda p0, p1, p2=lambda: 0: (args, kwargs)
def f17_10():
    ...

g10 = lambda p0, p1, *args, p2: 0
def f17_11(p0, p1, p2, *, p3, p4=lambda: 0):
    return None

g11 = lambda *args: 0
