# Generated: def and lambda signatures, set 0.
def f0_0(p0: list = x + 1, p1=x + 1, p2={}):
    """doc"""

g0 = lambda p0, p1, p2=lambda: 0: (args, kwargs)
def f0_1(p0: [int] = ..., p1: list = ..., *args: a.b, **kwargs):
    """doc"""

g1 = lambda *, p0, p1: (args, kwargs)
def f0_2(**kwargs):
    """doc"""

g2 = lambda p0: (args, kwargs)
def f0_3(*args, p0=x + 1):
    pass

g3 = lambda *args, p0='s', p1=x + 1: None
def f0_4(*args):
    """doc"""

g4 = lambda p0, p1=[]: p0
def f0_5(p0: a.b, p1: str, p2: a.b = x + 1, *, p3: int='s') -> int:
    """doc"""

g5 = lambda p0, p1, *args, p2=a.b, **kwargs: p0
def f0_6(p0: list, p1: (int, str), *args: None) -> list:
    return None

g6 = lambda p0=(1, 2), p1=x + 1, *args, p2, **kwargs: None
def f0_7(p0, *args):
    return None

g7 = lambda **kwargs: p0
def f0_8(p0=x + 1, *, p1=(), p2):
    ...

g8 = lambda *args, p0, p1='s', **kwargs: None
def f0_9(p0=(1, 2), p1=x + 1, **kwargs):
    return None

g9 = lambda p0, p1, *args: None
def f0_10(*args, p0=None, **kwargs):
    pass

g10 = lambda p0, p1=a.b, p2='s': p0
def f0_11(p0=a.b, *, p1=..., p2):
    pass

g11 = lambda p0=1, p1=..., p2=[],: 0
