import gc
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
print(C.__subclasses__(), type(Base.__subclasses__()).__name__)
def make():
    class Temp(Base): pass
    return Temp
t = make()
print(len(Base.__subclasses__()))
del t
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
print(int.__subclasses__()[0].__name__)
