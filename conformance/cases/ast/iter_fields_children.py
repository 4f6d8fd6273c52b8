import ast
t = ast.parse("x = f(a, k=b)").body[0]
print([name for name, value in ast.iter_fields(t) if name != 'type_comment'])
call = t.value
print([type(c).__name__ for c in ast.iter_child_nodes(call)][:3])
print([name for name, value in ast.iter_fields(ast.Name(id='q'))])
print(list(ast.iter_child_nodes(ast.Name(id='q'))))
lst = ast.List(elts=[ast.Name(id='a', ctx=ast.Load()), 5, None], ctx=ast.Load())
print([type(c).__name__ for c in ast.iter_child_nodes(lst)])
