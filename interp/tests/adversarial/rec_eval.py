# attack: recursion through eval
# expect: runtime_error(RuntimeError)  limits: wall=2
def f():
    return eval('f()')
f()
