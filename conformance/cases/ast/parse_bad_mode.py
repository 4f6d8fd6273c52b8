import ast
ast.parse("x", mode="lines")
