# def: every parameter form, with and without annotations and defaults.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1): pass
def f4(a=1, b=2): pass
def f5(*args): pass
def f6(**kwargs): pass
def f7(*args, **kwargs): pass
def f8(a, *args, b, **kwargs): pass
def f9(a, *, b): pass
def f10(a, *, b=1, c): pass
def f11(*, a, b=2, **rest): pass
def f12(a, b=1, *args, c, d=2, **kw): pass
def f13(a,): pass
def f14(a, b,): pass
def f15(a: int): pass
def f16(a: int = 1, *args: "rest", b: str = "x", **kw: dict) -> None: pass
def f17() -> int: return 1
def f18(self, x: "annotation" = None) -> "result": pass
def f19(a: lambda x: x = lambda: 0): pass
def f20(a: (1, 2)=(3, 4), *, b: [int]=[]): pass
def f21(*, k): pass
def f22(x=[], y={}, z=(), w=None): pass
def f23(a, b=-1, c=+1, d=~0, e=not 1): pass


def documented(first, second=None, *more, key=None, **options):
    """Docstring of a function with every parameter kind."""
    return first, second, more, key, options


def annotated(x: int, y: float = 0.5) -> float:
    return x * y
