# col_offset counts UTF-8 bytes
import ast
t = ast.parse("é = 'ü' + ab")
for node in ast.walk(t):
    if isinstance(node, (ast.Name, ast.BinOp)):
        print(type(node).__name__, node.col_offset)
