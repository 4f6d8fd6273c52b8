class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class S1:
    __slots__ = ('x',)
a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A), a.v)
a.__class__ = A
print(a.who(), type(a) is A)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError:
    print("TypeError for a built-in class")
try:
    del a.__class__
except TypeError as e:
    print(e)
class Base:
    def f(self): return "base"
class Derived(Base):
    def f(self): return "derived " + super().f()
b = Base()
b.__class__ = Derived
print(b.f(), Derived.__name__)
a.__class__ = S1
