# include_attributes on hand-built nodes (same in 3.4 and 3.11)
import ast
n = ast.Name(id='x', ctx=ast.Load(), lineno=3, col_offset=4)
print(ast.dump(n, include_attributes=True))
b = ast.BinOp(left=n, op=ast.Add(), right=ast.Name(id='y', ctx=ast.Load(), lineno=3, col_offset=8), lineno=3, col_offset=4)
print(ast.dump(b, include_attributes=True))
print(ast.dump(b, annotate_fields=False, include_attributes=True))
