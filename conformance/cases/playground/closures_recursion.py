def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out
print(permutations("abc"))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
import sys
print(sys.getrecursionlimit())
try:
    deep(100000)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:33])
sys.setrecursionlimit(5000)
print(deep(4000))
x = 'global'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'changed'
        return x
    inner()
    return x
print(outer(), x)
def f():
    print(y)
    y = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError")
def g():
    return zz
try:
    g()
except NameError as e:
    print("NameError:", e)
compose = lambda *fs: lambda x: __import__('functools').reduce(lambda acc, f: f(acc), fs, x)
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))
print(outer.__code__.co_name, make_counter.__defaults__, inc.__closure__ is not None, (lambda: 0).__name__)
