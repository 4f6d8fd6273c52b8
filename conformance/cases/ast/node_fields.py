# _fields of every node that 3.4 and 3.11 share unchanged
import ast
for n in ['Return', 'Delete', 'AugAssign', 'While', 'If', 'Raise', 'Try', 'Assert',
          'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'BoolOp', 'BinOp', 'UnaryOp', 'Lambda',
          'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Yield', 'YieldFrom',
          'Compare', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice', 'ExceptHandler',
          'keyword', 'alias', 'withitem', 'Load', 'Add', 'Expression', 'Interactive']:
    print(n, getattr(ast, n)._fields)
