# attack: plain unbounded recursion
# expect: runtime_error(RuntimeError)  limits: wall=2
def f(n):
    return f(n + 1)
f(0)
