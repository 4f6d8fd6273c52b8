import inspect
def f(a, b=2, *args, c, d=4, **kw) -> int:
    pass
def g(x, y=None):
    pass
def h(*, only):
    pass
def k():
    pass
for fn in (f, g, h, k, lambda p, q=[1]: 0):
    s = inspect.signature(fn)
    print(fn.__name__, s, list(s.parameters), [str(p.kind) for p in s.parameters.values()])
s = inspect.signature(f)
p = s.parameters['b']
print(p.name, p.default, p.kind == inspect.Parameter.POSITIONAL_OR_KEYWORD, p.annotation is inspect.Parameter.empty)
print(s.return_annotation, s.parameters['c'].default is inspect.Parameter.empty)
class C(object):
    def __init__(self, x, y=1):
        pass
    def method(self, a, *rest):
        pass
    def __call__(self, z):
        pass
print(inspect.signature(C), inspect.signature(C(1).method), inspect.signature(C.method), inspect.signature(C(1)))
import functools
print(inspect.signature(functools.partial(g, 1)))
ba = s.bind(1, 2, 3, c=5, e=6)
print(list(ba.arguments.items()), ba.args, sorted(ba.kwargs.items()))
bp = inspect.signature(g).bind_partial(y=3)
print(list(bp.arguments.items()))
print(inspect.signature(g) == inspect.signature(lambda x, y=None: 0), inspect.signature(g) == s)
P = inspect.Parameter
sig = inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD), P('b', P.KEYWORD_ONLY, default=3), P('rest', P.VAR_KEYWORD)])
print(sig, sig.replace(return_annotation=str))
print(str(P('x', P.VAR_POSITIONAL)), str(P('n', P.POSITIONAL_OR_KEYWORD, default='s')), P('x', P.POSITIONAL_ONLY).replace(name='y').name)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1), sorted(inspect.getcallargs(f, 1, c=2).items()))
for bad in (lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD), P('a', P.KEYWORD_ONLY)]),
            lambda: P('1x', P.POSITIONAL_OR_KEYWORD),
            lambda: P('a', P.VAR_POSITIONAL, default=1),
            lambda: inspect.signature(g).bind(1, 2, 3),
            lambda: inspect.signature(g).bind(1, z=2),
            lambda: inspect.signature(g).bind(1, x=2),
            lambda: inspect.signature(42)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
inspect.signature(None)
