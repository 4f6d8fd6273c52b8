class Base:
    __slots__ = ("a",)
class WithDict(Base):
    pass
class Slotted(Base):
    __slots__ = ("b",)
class Explicit:
    __slots__ = ("c", "__dict__")
w = WithDict(); w.a = 1; w.z = 2
print(hasattr(w, "__dict__"), w.z)
s = Slotted(); s.a = 1; s.b = 2
print(hasattr(s, "__dict__"), s.a, s.b)
e = Explicit(); e.c = 3; e.d = 4
print('d' in e.__dict__, e.c)
try:
    vars(s)
except TypeError as ex:
    print("TypeError:", ex)
s.z = 3
