# T.__new__(S): S must be a type, a subtype of T, and one T.__new__ can build.
class A:
    pass


class I(int):
    pass


class Meta(type):
    def __new__(mcs, name, bases, ns):
        return type.__new__(mcs, name, bases, ns)


class WithNew:
    def __new__(cls):
        return object.__new__(cls)


print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__, float.__new__(float, '1.5'))
print(type(Meta('X', (), {})).__name__, type(WithNew()).__name__, tuple.__new__(tuple, 'ab'))
for f in [lambda: int.__new__(str), lambda: float.__new__(int), lambda: tuple.__new__(list),
          lambda: str.__new__(bytes), lambda: int.__new__(), lambda: int.__new__(1),
          lambda: object.__new__(int), lambda: int.__new__(bool), lambda: int.__new__(A),
          lambda: float.__new__(I), lambda: object.__new__(1),
          lambda: type.__new__(int), lambda: str.__new__(I)]:
    try:
        f()
    except TypeError as e:
        print(e)
object.__new__()
