# ast.parse does not run the compiler's checks (return outside function, ...)
import ast
for src in ["return 1", "yield 2", "break", "continue", "def f():\n    nonlocal zz"]:
    t = ast.parse(src)
    print(repr(src), type(t.body[-1]).__name__)
    try:
        compile(src, "f", "exec")
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
