# Generated: def and lambda signatures, set 28.
def f28_0(p0: f(1), *args: f(1)) -> "result":
    ...

g0 = lambda *args: 0
def f28_1(p0, p1, p2: None = 's', *, p3=x + 1, p4: None) -> "result":
    ...

g1 = lambda *, p0=(1, 2), p1=1, **kwargs: (args, kwargs)
def f28_2(p0, **kwargs):
    pass

g2 = lambda p0, p1, p2=a.b, **kwargs: (args, kwargs)
def f28_3(*, p0, **kwargs):
    return p0 if 0 else 1

g3 = lambda p0, p1=(1, 2), *args, p2='s', p3, **kwargs: p0
def f28_4(p0, p1=[], *args):
    pass

g4 = lambda p0=[],: p0
def f28_5(p0, p1=a.b, p2=-1):
    ...

g5 = lambda p0: (args, kwargs)
def f28_6():
    ...

g6 = lambda p0=..., **kwargs: (args, kwargs)
def f28_7(**kwargs: str) -> "result":
    pass

g7 = lambda *args, p0=x + 1, p1: 0
def f28_8(p0=-1, p1: "doc" = None, p2: list = 's', *args, **kwargs: int) -> "result":
    """doc"""

g8 = lambda p0=x + 1, p1=x + 1, p2=lambda: 0, *, p3: (args, kwargs)
def f28_9(p0: str, *, p1, p2):
    """doc"""

g9 = lambda p0, p1={}, *args, **kwargs: None
def f28_10(p0: [int]) -> int:
    return None

g10 = lambda p0=(), p1={},: 0
def f28_11(p0, p1: int, p2: list) -> "result":
    return p0 if 0 else 1

g11 = lambda p0,: p0
