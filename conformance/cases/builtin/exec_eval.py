print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}))
ns = {}
exec('a = 5\nb = a * 2', ns)
print(ns['a'], ns['b'])
