import ast
t = ast.increment_lineno(ast.parse("a = 1\nb = a / 0"), 100)
exec(compile(t, 'shifted.py', 'exec'))
