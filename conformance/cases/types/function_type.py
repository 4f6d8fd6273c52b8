import types
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
g = (x for x in [])
print(isinstance(g, types.GeneratorType))
