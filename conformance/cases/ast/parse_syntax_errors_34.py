import ast
for src in ["x = (", "def f(:\n  pass", "if x\n  y", "  x = 1", "x = 1\n y = 2", "return x y", "a b", "x = 'abc", "1 = x", "f() = 3", "del f()", "(a, b) += 1"]:
    try:
        ast.parse(src)
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
