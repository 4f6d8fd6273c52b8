class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), issubclass(C, A), [k.__name__ for k in C.__mro__])
