# Generated: def and lambda signatures, set 24.
def f24_0(p0, p1=lambda: 0, *args, p2: f(1), p3: list=...) -> None:
    return None

g0 = lambda p0='s': 0
def f24_1(p0: list = {}, p1: "doc" = ...,):
    return None

g1 = lambda p0, p1=x + 1: (args, kwargs)
def f24_2(p0: lambda: 0 = 's', p1: (int, str) = -1, **kwargs: lambda: 0) -> int:
    ...

g2 = lambda *args: 0
def f24_3(p0: list, p1, p2=1, **kwargs: "doc"):
    pass

g3 = lambda *args, p0, **kwargs: None
def f24_4(p0, p1, p2=lambda: 0, **kwargs):
    """doc"""

g4 = lambda *, p0: None
def f24_5(p0: int, p1, p2: (int, str) = 1, *args: (int, str)):
    return p0 if 0 else 1

g5 = lambda p0, p1, *args, p2=(1, 2), p3: (args, kwargs)
def f24_6(**kwargs: a.b):
    pass

g6 = lambda p0, p1=-1: None
def f24_7(**kwargs):
    """doc"""

g7 = lambda p0, p1=(1, 2), *args, p2, p3: (args, kwargs)
def f24_8(p0: f(1), p1: lambda: 0) -> "result":
    """doc"""

g8 = lambda: (args, kwargs)
def f24_9(**kwargs):
    """doc"""

g9 = lambda p0={}, p1=..., **kwargs: None
def f24_10(p0: f(1), *args: a.b):
    return None

g10 = lambda p0: (args, kwargs)
def f24_11(p0: lambda: 0):
    ...

g11 = lambda **kwargs: None
