# the 3.4 shapes: Num/Str/Bytes/NameConstant, Call and ClassDef with starargs/kwargs
import ast
for n in ['Module', 'FunctionDef', 'ClassDef', 'Call', 'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis',
          'Index', 'ExtSlice', 'arguments', 'arg', 'Assign', 'For', 'With', 'comprehension']:
    print(n, getattr(ast, n)._fields)
for n in ['AST', 'stmt', 'expr', 'mod', 'expr_context', 'slice', 'arg', 'excepthandler', 'comprehension', 'Name', 'operator']:
    print(n, getattr(ast, n)._attributes)
print(ast.Name, ast.AST, ast.Name.__module__)
print(ast.PyCF_ONLY_AST)
