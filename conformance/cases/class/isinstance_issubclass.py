class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)))
