# Generated: def and lambda signatures, set 2.
def f2_0(p0: f(1) = [], *args: None, **kwargs: "doc"):
    ...

g0 = lambda p0, *, p1, p2='s': 0
def f2_1():
    return p0 if 0 else 1

g1 = lambda p0, p1, *, p2=x + 1: p0
def f2_2(p0, p1, p2, *args, **kwargs):
    pass

g2 = lambda p0=..., p1=-1, *args, p2=..., p3: (args, kwargs)
def f2_3(p0, *args, p1=[], p2=1):
    pass

g3 = lambda p0, **kwargs: None
def f2_4(**kwargs: None) -> list:
    pass

g4 = lambda *args, p0='s': 0
def f2_5(p0=(1, 2), *args):
    return None

g5 = lambda p0, p1=x + 1, *args, p2=x + 1: p0
def f2_6(p0=[], *, p1=lambda: 0, p2):
    pass

g6 = lambda *args, p0=(1, 2): (args, kwargs)
def f2_7(p0=None, p1=a.b, p2=[]):
    """doc"""

g7 = lambda p0, *args, p1: 0
def f2_8(p0, p1, p2: str = x + 1, *, p3: None=-1, **kwargs: int) -> list:
    return None

g8 = lambda p0=-1, p1=(1, 2), p2=(1, 2), **kwargs: 0
def f2_9(*args) -> "result":
    pass

g9 = lambda p0, **kwargs: None
def f2_10(p0=x + 1, *args):
    return None

g10 = lambda p0, **kwargs: (args, kwargs)
def f2_11(p0=None, p1=(1, 2), **kwargs):
    return p0 if 0 else 1

g11 = lambda p0, *args, p1, p2, **kwargs: p0
