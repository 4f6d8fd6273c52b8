import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, Color.RED is Color(1))
Animal = enum.Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, enum.Enum('X', [('A', 5)]).A.value, enum.IntEnum('N', 'ONE TWO').TWO + 1)
class Shape(enum.IntEnum):
    SQ = 2
    CI = 3
print(Shape.SQ == 2, Shape.SQ < Shape.CI, sorted([Shape.CI, Shape.SQ]), int(Shape.CI), repr(Shape(2)), hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED], Color.__members__.keys() and sorted(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    @enum.unique
    class D(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
Color('x')
