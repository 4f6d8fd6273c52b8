code = compile('total = sum(range(10))', '<s>', 'exec')
ns = {}
exec(code, ns)
print(ns['total'])
