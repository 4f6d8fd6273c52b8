# attack: a function's __globals__ give nothing beyond the sandbox
# expect: ok  limits: wall=1
# stdout: "blocked\n"
def f():
    pass
g = getattr(f, '__globals__', {})
b = g.get('__builtins__')
try:
    getattr(b, 'open')('/etc/passwd')
    print('read!')
except Exception:
    print('blocked')
