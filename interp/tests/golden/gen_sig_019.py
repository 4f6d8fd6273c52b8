# Generated: def and lambda signatures, set 19.
def f19_0(*args: None):
    ...

g0 = lambda p0=x + 1: None
def f19_1(p0, p1, p2):
    ...

g1 = lambda p0, **kwargs: 0
def f19_2(p0=1, *args, p1=..., p2, **kwargs):
    """doc"""

g2 = lambda p0, p1, p2, **kwargs: 0
def f19_3():
    return p0 if 0 else 1

g3 = lambda p0, **kwargs: (args, kwargs)
def f19_4(p0, p1: None, p2: (int, str), *, p3: a.b):
    return p0 if 0 else 1

g4 = lambda p0,: 0
def f19_5(p0, p1, p2=-1, *args, p3):
    ...

g5 = lambda p0, *, p1=a.b: (args, kwargs)
def f19_6(p0):
    """doc"""

g6 = lambda *, p0, p1: (args, kwargs)
def f19_7(p0, p1, *args):
    return None

g7 = lambda p0, p1: None
def f19_8(**kwargs):
    ...

g8 = lambda p0, **kwargs: None
def f19_9(p0, p1, p2=None, *, p3, p4=x + 1):
    return p0 if 0 else 1

g9 = lambda p0, **kwargs: (args, kwargs)
def f19_10(*, p0):
    """doc"""

g10 = lambda p0, p1, *, p2=[]: 0
def f19_11(p0: list, p1: int) -> None:
    ...

g11 = lambda p0=(1, 2), p1=a.b, *, p2=lambda: 0, p3, **kwargs: 0
