log = []
def t(x):
    log.append(x)
    return x
d = {}
d[t('k')] = t('v')
print(log); log.clear()
t([1, 2])[t(0)] += t(10)
print(log); log.clear()
a = t(1) < t(2) < t(0) < t(5)
print(a, log); log.clear()
print(t(0) or t('') or t('x') or t('y'), t(1) and t(0) and t(2), log); log.clear()
f = lambda: t('a') if t(False) else t('b')
print(f(), log); log.clear()
def kw(**k): return sorted(k)
print(t(kw)(b=t(1), a=t(2)), log[1:]); log.clear()
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = [1, 2], 3
print(a, b, c)
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
def tef():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
print(tef())
def fin_override():
    try:
        return 1
    finally:
        return 2
print(fin_override())
def loop_fin():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_fin())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        total = [v + len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
matrix = [[1, 2], [3, 4]]
print([y for row in matrix for y in row if y % 2 == 0], [[r[i] for r in matrix] for i in range(2)])
print({k: v for k, v in zip('abc', range(3)) if v}, {x for x in 'hello'} == set('helo'))
g = (x for x in range(3))
print(type(g).__name__, list(g))
x = 10
print([x for x in range(3)], x)
def gen_scope():
    y = 5
    return [y * i for i in range(3)]
print(gen_scope())
print(1 if True else 2, (lambda *a: a)(*[1, 2]))
print(not 1 == 2, not (1 and 0), -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 // 2 * 2, 1 + 2 * 3 % 4, 5 & 3 | 8 ^ 1, ~0 << 2)
print('a' 'b' "c", """tri
ple""", r'\n', b'\x41', u'uni', 'x' * 3 + 'y')
del x
try:
    x
except NameError as e:
    print("NameError:", e)
def defaults(a, L=[]):
    L.append(a)
    return L
print(defaults(1), defaults(2), defaults(3, []))
print(isinstance(print, type(len)), type(lambda: 0).__name__, type(defaults.__code__).__name__)
v = 5
def use_global():
    global v
    v += 1
use_global()
print(v)
i = 0
for i, ch in enumerate("ab"):
    pass
print(i, ch)
print(list(range(2)), dict(a=1, **{'b': 2}) == {'a': 1, 'b': 2})
