ns = {}
exec(compile('class C:\n    f = lambda self: 1\n', '<s>', 'exec'), ns)
print(ns['C']().f())
