import ast
for v in [1, 'x', [ast.Load()], None]:
    try:
        ast.dump(v)
    except TypeError as e:
        print('TypeError', e)
ast.dump({})
