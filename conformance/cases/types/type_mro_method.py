# type.mro(): the method that computes __mro__, and its errors.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__), type.mro(D) == D.mro())
print([k.__name__ for k in int.mro()], [k.__name__ for k in bool.mro()])
for f in [lambda: D.mro(1), lambda: type.mro(), lambda: type.mro(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
type.mro(5)
