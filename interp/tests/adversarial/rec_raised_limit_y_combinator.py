# attack: Y-combinator recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)|memory_limit  limits: memory=64M wall=2
import sys
sys.setrecursionlimit(10**6)

Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
loop = Y(lambda self: lambda n: self(n + 1))
loop(0)
