import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp)
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), isinstance((lambda: 0), types.LambdaType))
mp['k'] = 2
