# attack: recursion through a decorator wrapper
# expect: runtime_error(RuntimeError)  limits: wall=2
def deco(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@deco
def f(n):
    return f(n + 1)
f(0)
