import ast, copy, pickle
t = ast.parse("def f(a=1):\n    return a + b'x'")
print(ast.dump(copy.deepcopy(t)) == ast.dump(t))
print(ast.dump(copy.copy(t.body[0])) == ast.dump(t.body[0]))
for proto in range(2, 5):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, ast.dump(u) == ast.dump(t), u.body[0].lineno, type(u.body[0]) is ast.FunctionDef)
