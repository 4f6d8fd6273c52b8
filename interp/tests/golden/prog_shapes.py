# A class hierarchy with abstract methods, properties, super() and operator overloading.
import math
from abc import ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return '{}({:.2f})'.format(self.name, self.area())


class Circle(Shape):
    def __init__(self, r):
        super().__init__('Circle')
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super(Rect, self).__init__('Rect')
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = 'Square'


shapes = sorted([Circle(1), Rect(2, 3), Square(2)])
for s in shapes:
    print(s, isinstance(s, Rect), getattr(s, 'diagonal', None))
print(Shape.count)
