import ast
def run(body):
    m = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
    try:
        compile(m, 'f', 'exec')
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' but got')[0])
run([ast.Expr(value=ast.Name(id=1, ctx=ast.Load()))])
run([ast.Expr(value=ast.List(elts=(), ctx=ast.Load()))])
run([ast.Expr(value=ast.Name(id='x', ctx=ast.Add()))])
run([ast.Expr(value=ast.BinOp(left=ast.Num(n=1), op=ast.Load(), right=ast.Num(n=2)))])
