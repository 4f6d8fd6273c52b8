class C: pass
print(type(C), type(type), type(int), isinstance(int, type), type(C()) is C)
