class A: pass
print(A.__subclasshook__(int), object.__subclasshook__(A))
import abc
class Sized(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("ab", Sized))
