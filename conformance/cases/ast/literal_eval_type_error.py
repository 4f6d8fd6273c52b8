import ast
try:
    ast.literal_eval(42)
except ValueError as e:
    print('ValueError')
try:
    ast.literal_eval(b"1")
except Exception as e:
    print(type(e).__name__)
ast.literal_eval(None)
