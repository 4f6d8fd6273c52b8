import ast
for s in ["1 +", "[1, 2", "x = 1", "'unterminated"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(type(e).__name__)
ast.literal_eval("x = 1")
