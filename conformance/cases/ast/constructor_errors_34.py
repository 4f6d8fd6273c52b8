# 3.4 insists on either no positional argument or one per field
import ast
for make in [lambda: ast.Name('x'), lambda: ast.Pass(1), lambda: ast.Module(1, 2), lambda: ast.BinOp(1, 2),
             lambda: ast.alias('a', 'b', 'c'), lambda: ast.Return(1, 2)]:
    try:
        make()
        print('ok')
    except TypeError as e:
        print(e)
