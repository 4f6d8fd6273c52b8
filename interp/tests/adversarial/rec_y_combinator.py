# attack: unbounded recursion through a lambda Y-combinator
# expect: runtime_error(RuntimeError)  limits: wall=2
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
loop = Y(lambda self: lambda n: self(n + 1))
loop(0)
