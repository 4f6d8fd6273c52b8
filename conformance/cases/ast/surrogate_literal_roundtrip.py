# A str literal holding lone surrogates survives ast.parse and compile() of the tree.
import ast
tree = ast.parse("x = '\\ud800a\\udfff'")
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ascii(ns['x']), len(ns['x']))
print(ascii(ast.literal_eval("'\\udc80'")))
e = ast.parse("'\\ud83d\\ude00'", mode='eval')
v = eval(compile(e, '<ast>', 'eval'))
print(len(v), [hex(ord(c)) for c in v])
