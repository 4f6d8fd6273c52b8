# isinstance(): an exact type match is always True; otherwise a metaclass
# __instancecheck__ decides, even for real subclasses; any object whose class
# defines __instancecheck__ can be the second argument.
class Never(type):
    def __instancecheck__(cls, inst):
        return False

class Base(metaclass=Never):
    pass

class Derived(Base):
    pass

print(isinstance(Base(), Base), isinstance(Derived(), Base), isinstance(Derived(), Derived))
print(issubclass(Derived, Base))

class Always:
    def __instancecheck__(self, inst):
        return 1

class AlwaysSub:
    def __subclasscheck__(self, sub):
        return sub is int

print(isinstance([], Always()), isinstance(3, (str, Always())))
print(issubclass(int, AlwaysSub()), issubclass(str, AlwaysSub()))
import collections.abc
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Mapping))
print(isinstance(True, int), isinstance(1, (str, (bytes, int))))
