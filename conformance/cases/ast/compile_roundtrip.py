import ast
src = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'C(%r)' % (self.v,)
try:
    {}['k']
except KeyError as e:
    print('caught', e)
finally:
    print('finally')
with open_ctx() if False else __import__('contextlib').suppress(ZeroDivisionError):
    1 / 0
print(fib(20), C([1, 2]), [x * x for x in range(5) if x % 2], {k: v for k, v in zip('ab', 'cd')})
print(sorted({x for x in 'hello'}), list(x for x in (1, 2)), (lambda *a, **k: len(a) + len(k))(1, 2, z=3))
g = (lambda: (yield 1))()
print(next(g), -3 ** 2, not 0, 1 < 2 < 3, 'x' if 0 else 'y', b'b' + b'c', ..., None)
import math as m
from math import sqrt as s, pi
print(m.floor(s(17)), round(pi, 2))
x = [1, 2, 3, 4]
x[1:3] = [9]
del x[0]
print(x, x[::-1], x[-1])
'''
tree = ast.parse(src)
exec(compile(tree, '<tree>', 'exec'), {})
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('for i in range(2): print(i)\n', mode='single'), '<s>', 'single'))
