import ast
for tree, mode in [(ast.parse("x"), 'eval'), (ast.parse("x", mode='eval'), 'exec'), (ast.parse("x"), 'single')]:
    try:
        compile(tree, 'f', mode)
    except TypeError as e:
        print(e)
compile(ast.Expression(body=ast.Num(n=1, lineno=1, col_offset=0)), 'f', 'exec')
