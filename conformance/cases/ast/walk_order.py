import ast
t = ast.parse("if a:\n    b(c)\nelse:\n    d = e")
print([type(n).__name__ for n in ast.walk(t)])
print(sum(1 for _ in ast.walk(ast.parse("f(g(h(x)))"))))
print([n.id for n in ast.walk(t) if isinstance(n, ast.Name)])
