# a tree built by hand, located by fix_missing_locations
import ast
call = ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                args=[ast.BinOp(left=ast.Num(n=6), op=ast.Mult(), right=ast.Num(n=7)), ast.Str(s='x')],
                keywords=[ast.keyword(arg='sep', value=ast.Str(s='-'))], starargs=None, kwargs=None)
assign = ast.Assign(targets=[ast.Name(id='r', ctx=ast.Store())], value=ast.List(elts=[ast.NameConstant(value=True), ast.Bytes(s=b'q')], ctx=ast.Load()))
show = ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()), args=[ast.Name(id='r', ctx=ast.Load())], keywords=[], starargs=None, kwargs=None))
m = ast.Module(body=[ast.Expr(value=call), assign, show], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, '<built>', 'exec'))
f = ast.FunctionDef(name='sq', args=ast.arguments(posonlyargs=[], args=[ast.arg(arg='v', annotation=None)], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
                    body=[ast.Return(value=ast.BinOp(left=ast.Name(id='v', ctx=ast.Load()), op=ast.Pow(), right=ast.Num(n=2)))], decorator_list=[], returns=None)
m2 = ast.fix_missing_locations(ast.Module(body=[f], type_ignores=[]))
ns = {}
exec(compile(m2, '<f>', 'exec'), ns)
print(ns['sq'](12))
