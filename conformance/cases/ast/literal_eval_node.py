# literal_eval accepts a node or an Expression as well as a string
import ast
print(ast.literal_eval(ast.parse("[1, 'a']", mode='eval')))
print(ast.literal_eval(ast.parse("(1, 2)", mode='eval').body))
print(ast.literal_eval(ast.List(elts=[ast.Tuple(elts=[], ctx=ast.Load())], ctx=ast.Load())))
print(ast.literal_eval(ast.Dict(keys=[], values=[])))
