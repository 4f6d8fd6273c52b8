# 3.4 accepts + and - between any numbers (3.7+ only for complex literals)
import ast
print(ast.literal_eval("1 + 2"))
print(ast.literal_eval("10 - 2.5"))
print(ast.literal_eval("1 + 2 + 3j"))
print(ast.literal_eval("-(1 - 2)"))
print(ast.literal_eval("[1+1, 2-1]"))
print(ast.literal_eval("- - 5"), ast.literal_eval("-(1+2j)"))
