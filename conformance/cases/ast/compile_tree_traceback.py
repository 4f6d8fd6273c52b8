# code compiled from a tree keeps the tree's line numbers and filename
import ast
tree = ast.parse("x = 1\n\n\ny = x / 0\n")
code = compile(tree, "generated.py", "exec")
print(code.co_filename, code.co_firstlineno)
try:
    exec(code, {})
except ZeroDivisionError as e:
    import sys
    print(sys.exc_info()[2].tb_next.tb_lineno)
exec(code, {})
