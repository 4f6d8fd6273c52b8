import ast
groups = {
    'mod': ['Module', 'Interactive', 'Expression'],
    'stmt': ['FunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'For', 'While', 'If', 'With',
             'Raise', 'Try', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue'],
    'expr': ['BoolOp', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
             'GeneratorExp', 'Yield', 'YieldFrom', 'Compare', 'Call', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple'],
    'expr_context': ['Load', 'Store', 'Del', 'AugLoad', 'AugStore', 'Param'],
    'boolop': ['And', 'Or'],
    'operator': ['Add', 'Sub', 'Mult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'],
    'unaryop': ['Invert', 'Not', 'UAdd', 'USub'],
    'cmpop': ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'],
    'excepthandler': ['ExceptHandler'],
}
for base in sorted(groups):
    b = getattr(ast, base)
    print(base, issubclass(b, ast.AST), all(issubclass(getattr(ast, n), b) for n in groups[base]))
for n in ['comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem']:
    c = getattr(ast, n)
    print(n, c.__bases__ == (ast.AST,))
print(issubclass(ast.Name, ast.stmt), isinstance(ast.Name(), ast.expr))
