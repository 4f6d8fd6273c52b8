import ast
cases = [
    ast.Module(body=[ast.Expr(value=ast.Name(id='x', ctx=ast.Load()))]),
    ast.Module(body=[ast.Expr(lineno=1, col_offset=0)]),
    ast.Module(body=[ast.Expr(value=ast.Name(ctx=ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)]),
    ast.Module(body=[ast.Expr(value=ast.Name(id='x', lineno=1, col_offset=0), lineno=1, col_offset=0)]),
    ast.Module(),
]
for m in cases:
    try:
        compile(m, 'f', 'exec')
    except TypeError as e:
        print('TypeError', e)
compile(ast.Module(body=[ast.Pass()]), 'f', 'exec')
