# Generated: def and lambda signatures, set 11.
def f11_0(p0=[], p1=x + 1, **kwargs):
    """doc"""

g0 = lambda p0=[], p1=-1, p2=[]: 0
def f11_1():
    ...

g1 = lambda p0, p1=(1, 2), *args, p2, p3: None
def f11_2(*, p0: list=None) -> None:
    """doc"""

g2 = lambda p0, *args: 0
def f11_3(p0=1):
    pass

g3 = lambda p0, **kwargs: (args, kwargs)
def f11_4(p0: lambda: 0, p1: a.b, *args: a.b, p2: (int, str)=-1) -> None:
    return p0 if 0 else 1

g4 = lambda p0, p1=None, *args, p2, p3: (args, kwargs)
def f11_5(p0=1, p1: "doc" = ..., p2: a.b = None) -> "result":
    pass

g5 = lambda **kwargs: 0
def f11_6(p0: f(1) = a.b, **kwargs: f(1)):
    """doc"""

g6 = lambda p0=x + 1, p1=1: (args, kwargs)
def f11_7():
    return None

g7 = lambda p0, p1: 0
def f11_8(*args: f(1), p0: "doc") -> None:
    ...

g8 = lambda: p0
def f11_9():
    ...

g9 = lambda p0=..., p1=-1, p2=None, *args, p3=None, p4=(), **kwargs: (args, kwargs)
def f11_10(*, p0):
    return p0 if 0 else 1

g10 = lambda p0, *, p1: p0
def f11_11(p0, p1, p2, **kwargs):
    ...

g11 = lambda p0=(1, 2), p1=None, p2=-1: None
