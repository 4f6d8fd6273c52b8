import types
print(types.FunctionType.__code__, types.FunctionType.__globals__)
print(isinstance(types.FunctionType.__code__, types.GetSetDescriptorType), isinstance(types.FunctionType.__globals__, types.MemberDescriptorType))
def f(a, b=2): return a
print(f.__code__.co_name, f.__defaults__, f.__globals__ is globals(), f.__closure__)
f.__defaults__ = (5,)
print(f(1), f.__defaults__, types.FunctionType.__name__)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__.tb_frame).__name__, e.__traceback__.tb_frame.f_code.co_name)
types.FunctionType.__nothing__
