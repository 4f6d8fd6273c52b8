class A: pass
print(A.__bases__ == (object,), object.__bases__, A.__base__ is object)
