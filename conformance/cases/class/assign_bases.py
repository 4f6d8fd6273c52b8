# C.__bases__ = (...) takes effect on lookups, subclasses and isinstance.
class A:
    x = 'A.x'
    def who(self): return 'A'
class B:
    x = 'B.x'
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A): pass
class D(C): pass
c, d = C(), D()
print(c.who(), d.who(), C.x, D.x, isinstance(d, A), isinstance(d, B))
C.__bases__ = (B,)
print(c.who(), d.who(), C.x, D.x, isinstance(d, A), isinstance(d, B))
print(C.__bases__, C.__base__, [k.__name__ for k in D.__mro__])
print(d.only_b(), issubclass(D, B), issubclass(D, A))
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print([k.__name__ for k in D.__mro__], d.who(), d.only_b())
B.who = lambda self: 'new B'
C.__bases__ = (B, A)
print(d.who())
class L1(list): pass
class L2(list):
    def tag(self): return 'L2'
class LL(L1): pass
LL.__bases__ = (L2,)
print(LL([1, 2]).tag(), LL.__mro__[1].__name__)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b', 'c')
class SS(S1): pass
SS.__bases__ = (S2,)
print(SS.__bases__[0].__name__)
def attempt(cls, value):
    try:
        cls.__bases__ = value
        print('ok', [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print('TypeError:', e)
attempt(C, [A])
attempt(C, ())
attempt(C, (A, 1))
attempt(A, (D,))
attempt(C, (C,))
attempt(SS, (S3,))
attempt(C, (int,))
class P: pass
class Q(P): pass
class X(P): pass
class Y(Q): pass
attempt(X, (Q,))
print([k.__name__ for k in X.__mro__])
class Z(X, Y): pass
attempt(Y, (X,))
print([k.__name__ for k in Y.__mro__], [k.__name__ for k in Z.__mro__])
attempt(C, (A, A))
# A failed assignment leaves everything as it was.
print(C.__bases__, [k.__name__ for k in D.__mro__], d.who())
