class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', ' '.join(str(e).split()))
class D(B, A): pass
print([k.__name__ for k in D.__mro__])
