# Generated: def and lambda signatures, set 12.
def f12_0(p0):
    pass

g0 = lambda p0, p1, *, p2=...: None
def f12_1(p0, p1, p2=..., **kwargs):
    ...

g1 = lambda *args, p0=None: 0
def f12_2(p0):
    return p0 if 0 else 1

g2 = lambda p0=-1, **kwargs: p0
def f12_3(p0=None):
    pass

g3 = lambda *args: None
def f12_4(p0, p1=(1, 2), p2=-1, *, p3=..., **kwargs):
    pass

g4 = lambda p0: p0
def f12_5(p0: int = ..., *args, **kwargs: a.b):
    pass

g5 = lambda p0, p1=(), p2={}, **kwargs: p0
def f12_6(*args, p0, p1=a.b, **kwargs):
    ...

g6 = lambda p0, p1={}, **kwargs: p0
def f12_7() -> None:
    return None

g7 = lambda: p0
def f12_8(p0: (int, str), p1=lambda: 0, p2: f(1) = {}) -> None:
    ...

g8 = lambda *args, p0='s': 0
def f12_9(p0: f(1) = 's', p1: int = x + 1, **kwargs) -> "result":
    return None

g9 = lambda p0, p1, p2: p0
def f12_10(p0, p1: None, p2: int, *args: list, p3: [int]=1):
    ...

g10 = lambda p0, p1, *args, p2: (args, kwargs)
def f12_11() -> list:
    return None

g11 = lambda p0=[], *args, p1=[], p2=None, **kwargs: (args, kwargs)
