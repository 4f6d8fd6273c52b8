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
