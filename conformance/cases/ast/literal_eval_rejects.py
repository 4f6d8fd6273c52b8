# literal_eval refuses names, calls, operators other than + and -
import ast
for s in ["x", "f(1)", "[1, x]", "1 * 2", "a.b", "{1: y}", "lambda: 0", "[i for i in x]", "not 1", "~1", "2 ** 3"]:
    try:
        ast.literal_eval(s)
        print(s, 'accepted')
    except ValueError as e:
        print(s, 'ValueError')
