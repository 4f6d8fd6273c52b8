# A base that is not a class: its type is the metaclass candidate and is
# called with (name, bases, namespace), as CPython does (a common slip is
# inheriting from a module).
import random
for src in ["class T(random): pass", "class X(5): pass", "class W(None): pass"]:
    try:
        exec(src)
        print(src, "-> no error")
    except TypeError as e:
        print(src, "->", e)


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


class B(A, metaclass=type):
    pass


print(type(B).__name__)
try:
    class C(A, metaclass=int):
        pass
except TypeError as e:
    print("TypeError:", e)
