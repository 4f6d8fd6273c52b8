# 3.4 checks the types of Str.s, Bytes.s and Num.n (3.8+ make them Constant)
import ast
def run(body):
    m = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
    try:
        compile(m, 'f', 'exec')
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' but got')[0])
run([ast.Expr(value=ast.Str(s=1))])
run([ast.Expr(value=ast.Bytes(s='x'))])
run([ast.Expr(value=ast.Num(n='1'))])
run([ast.Expr(value=None)])
