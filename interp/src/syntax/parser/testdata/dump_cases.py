x = 1
# ---
a, b = c, d = 1, 2
# ---
x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s >>= 8; r <<= 9; q &= 1; p |= 2; o ^= 3
# ---
a.b.c = d[1][2:3, ::4]
# ---
x[1:2, ...]
# ---
x[1,]; x[:]; x[::]; x[1:]; x[:2]; x[::3]; x[a, b:c]
# ---
f(a, *b, c=1, **d); f(x for x in y); f(*a, b=1); f(**k); f(); f(a)(b)(c)
# ---
def f(a, b=1, *args, c, d=2, **kw): pass
# ---
def f(a: int, *, b: str = 'x') -> bool:
    return a
# ---
def g(*, a): pass
def h(**kw): pass
def i(*args): yield
def j(a, b,): pass
# ---
lambda: 0
lambda x, y=1, *a, z, **k: x + y
lambda *, a=1: a
lambda x,: x
# ---
@dec
@dec.attr(1, k=2)
@call()
def f(): pass
# ---
@a.b.c
class A(B, *c, metaclass=M, **k):
    x = 1
    def m(self): return self.x
# ---
class A: pass
class B(): pass
class C(object): pass
# ---
if a: pass
elif b: x
elif c: y
else: z
# ---
if a:
    pass
else:
    if b:
        pass
# ---
while x: break
else: continue
# ---
for a, (b, *c) in d: pass
else: pass
for x, in y: pass
for [a, b] in c: pass
# ---
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
# ---
try: pass
finally: pass
# ---
with a as b, c as (d, e), f: pass
with (a, b): pass
with (a): pass
# ---
raise
raise E
raise E from None
# ---
global a, b
nonlocal c
del a, b[1], c.d
del (a, b), [c]
del x,
# ---
import a, b.c as d, e.f.g
from . import x
from .. import (y as z, w,)
from ...a.b import *
from .... import q
from a import b, c as d
# ---
assert x
assert x, "msg"
# ---
x = yield
x = yield 1
x = yield from y
def g():
    yield 1, 2
    yield from g()
    z = (yield)
# ---
[x for x in y if x if z for a in b]
{x for x in y}
{k: v for k, v in d.items() if k}
(x for x in y)
[(a, b) for a in c for b in d]
# ---
x if y else z if w else v
a or b or c and d and not e
not not not x
# ---
a < b <= c == d != e > f >= g in h not in i is j is not k
# ---
a | b ^ c & d << e >> f + g - h * i / j % k // l ** m
-a ** -b
~a + +b - -c
a ** b ** c
(a + b) * (c - d)
a + b + c + d
a * b + c * d + e
# ---
[]
[1, 2, 3,]
()
(1,)
(1, 2)
{}
{1: 2, 3: 4,}
{1, 2}
...
None, True, False
# ---
'abc' 'def'
b'abc' b'def'
'''triple
quoted'''
"a'b"
'a"b'
'it\'s "both"'
# ---
1; 1.5; 1e16; 1.5e-7; 1j; 2.5j; 0x1f; 0o17; 0b101; 123456789012345678901234567890; 1E5; 10.; .5
# ---
*a, b = c
[a, *b] = c
a, = b
# ---
x = [*a, b]
*a
# ---
f(a)[b].c(d=e)
x.y.z
# ---
print("hello")
print(x, end='')
# ---
def f():
    x = 1

    y = 2
# comment
    return x + y
# ---
if x:
    # comment

    pass
# ---
a = \
  1
b = (1,
     2)
# ---
async = 1
await = 2
def async(): pass
# ---
x = 'é' '\u20ac'
# ---
with a: pass
# ---
from __future__ import division
# ---
ﬁ = 1
x.ﬁ = ℌ
# ---
'\x41\u00e9\U0001F600\N{EM DASH}\n\t\\\'\"\a\b\f\v\0\101'
b'\x41\n\t\\\'\"\a\b\f\v\0\101\xff'
r'\n\x' R'\\'
rb'\n' Br"\d"
u'unicode'
'''a\
b'''
'\u20bd\U0001f92a\xa0\xad\u00ff\u0100'
# ---
123456789012345678901234567890123456789 * 2
1e400; 0.1; 1.0; 0.000001; 1e-7; 3.14159; 1e22; 1e21; 1e15; 1e16; 0e0; 00; 0; 0x0; 1J; 1.5e3j; 1e100j
# ---
a[b:c, d]; a[...]; a[:, 1]; a[1:2:3]; a[::-1]; a[-1]; a[b, c:]
# ---
not a in b
-1 ** 2
(-1) ** 2
2 ** -1
a ** -b ** c
~x ** 2
# ---
print(*args, **kw)
f(a)(b, c=d)(*e)(**f)
f(a, *b, **c)
f(a=1, *b)
f(a=1, *b, c=2, **d)
# ---
def f(a, *, b=1, c): pass
def g(a=1, *b, c=2, d, **e): pass
def h(a: 1 = 2, *b: 3, c: 4 = 5, **d: 6) -> 7: pass
lambda a, *b, c=1, **d: 0
lambda *a: 0
lambda **a: 0
# ---
from .mod import (a, b)
from . mod import c
from .mod.sub import d as e
import a.b.c
# ---
with a, b as c: pass
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c, d as e[0]: pass
# ---
try:
    pass
except A:
    pass
else:
    pass
# ---
a, *b, c = d
[*a] = b
(*a,) = b
a, (b, [c, *d]) = e
# ---
class A(metaclass=M): pass
class B(A, C, **kw): pass
class D(*bases): pass
# ---
@property
def f(self): ...
@x.setter
def f(self, v): pass
# ---
if x:
  pass
elif y:
  pass
# ---
del x[0], y.z
del (x)
del [x, y]
# ---
assert isinstance(x, int), 'msg %s' % x
# ---
x = ((((((((((1))))))))))
y = [[[[[[]]]]]]
z = {1: {2: {3: {}}}}
# ---
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    class K:
        def m(self): return x
    return inner
# ---
a = b = c = d
a = b, c = d, e
x = y = yield z
# ---
x = a if b else c
x = (a if b else c) if d else e
x = lambda: a if b else c
x = lambda: (yield)
# ---
a and b or c and d
(a or b) and c
a or (b and c) or d
not (a and b)
# ---
f(*a)[b](**c).d
(a)(b)
(a.b)[c]
# ---
for i in range(10):
    if i: continue
    else: break
else:
    pass
while True:
    pass
else:
    pass
# ---
x = [1,
     2,  # comment
     3]
y = (1 +
     2)
z = """doc
string"""
# ---
raise E(x) from e
return_ = 1
# ---
def f():
    return
def g():
    return 1, 2
def h():
    return (yield)
