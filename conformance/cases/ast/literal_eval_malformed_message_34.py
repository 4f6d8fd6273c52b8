# 3.4's message: 'malformed node or string: ' + repr(node)
import ast
for s in ["x", "f()", "1 * 2"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(str(e).split(' object at ')[0])
