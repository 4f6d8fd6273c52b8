import abc
class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self): pass
    @abc.abstractmethod
    def perimeter(self): pass
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
    def perimeter(self): return 4 * self.s
print(Square(3).area(), sorted(Shape.__abstractmethods__))
class Half(Shape):
    def volume(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
class Plain: pass
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
Shape()
