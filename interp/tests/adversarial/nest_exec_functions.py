# attack: exec of 10**4 nested def blocks
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(IndentationError)|runtime_error(MemoryError)  limits: memory=256M wall=1
src = ''.join(' ' * i + 'def f():\n' for i in range(10**4)) + ' ' * 10**4 + 'pass\n'
exec(src)
