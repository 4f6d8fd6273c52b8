# dump skips missing fields; lists and plain values are shown with repr
import ast
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name(id='q')))
print(ast.dump(ast.Name(ctx=ast.Del())))
print(ast.dump(ast.Load()))
print(ast.dump(ast.List(elts=[ast.Name(id='a', ctx=ast.Load()), 3, 'z'], ctx=ast.Load())))
print(ast.dump(ast.alias(name='os', asname='p')))
print(ast.dump(ast.keyword(arg='k', value=ast.Name(id='v', ctx=ast.Load()))))
