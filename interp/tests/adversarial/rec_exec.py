# attack: recursion through exec
# expect: runtime_error(RuntimeError)  limits: wall=2
def f():
    exec('f()')
f()
