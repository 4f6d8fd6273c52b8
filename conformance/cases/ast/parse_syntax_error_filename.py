import ast
try:
    ast.parse("x = = 1", "my.py")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.msg)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print(e.filename)
ast.parse("for")
