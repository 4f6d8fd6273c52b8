# Generated: def and lambda signatures, set 26.
def f26_0(p0: None, **kwargs):
    pass

g0 = lambda p0=(), p1=a.b, p2=...: (args, kwargs)
def f26_1(p0={}, *, p1=a.b, **kwargs):
    pass

g1 = lambda: (args, kwargs)
def f26_2() -> int:
    return None

g2 = lambda p0=1, p1=lambda: 0, *args, p2, p3='s': None
def f26_3() -> list:
    return None

g3 = lambda: None
def f26_4():
    pass

g4 = lambda p0, p1, p2=None, *args: None
def f26_5(p0, p1: [int] = None, p2: a.b = ...) -> None:
    pass

g5 = lambda p0, p1, p2=(), **kwargs: p0
def f26_6(p0: None = a.b, **kwargs):
    return None

g6 = lambda p0=-1, *args, p1=-1, **kwargs: (args, kwargs)
def f26_7(p0, p1: (int, str) = -1, p2: "doc" = x + 1, **kwargs):
    pass

g7 = lambda p0=[], **kwargs: (args, kwargs)
def f26_8(p0=-1, *args, p1):
    pass

g8 = lambda p0, p1=a.b, p2=(), *args, p3=(), p4: (args, kwargs)
def f26_9(p0: (int, str) = -1, p1=(1, 2), *args: "doc") -> list:
    ...

g9 = lambda *, p0=lambda: 0, p1=[], **kwargs: 0
def f26_10(p0=a.b, p1='s', p2=lambda: 0, *args, p3=1, **kwargs):
    pass

g10 = lambda *, p0=(1, 2): None
def f26_11(p0: [int] = 's', p1: list = -1, *args: int, p2, p3=x + 1) -> None:
    return p0 if 0 else 1

g11 = lambda p0=1: p0
