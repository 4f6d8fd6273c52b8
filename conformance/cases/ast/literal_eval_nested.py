import ast
v = ast.literal_eval("{'list': [1, 2, {'t': (3, 4.5)}], 'set': {'a'}, 'bytes': b'\\x00\\xff', 'neg': -7}")
for k in sorted(v):
    print(k, repr(v[k]))
print(ast.literal_eval("[" + ", ".join(str(i) for i in range(50)) + "]")[-3:])
print(ast.literal_eval("'\\u00e9\\n'"))
print(ast.literal_eval("-  5"))
