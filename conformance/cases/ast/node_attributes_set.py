import ast
t = ast.parse("x = 1\nif x:\n    y = [a,\n  b]\n")
for node in ast.walk(t):
    if isinstance(node, (ast.stmt, ast.Name, ast.List)):
        print(type(node).__name__, node.lineno, node.col_offset)
t = ast.parse("def f(a, b):\n    pass")
for a in t.body[0].args.args:
    print(a.arg, a.lineno, a.col_offset)
