from enum import Enum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
Shape = Enum('Shape', 'CIRCLE SQUARE')
print(list(Shape), Shape.SQUARE.value)
@unique
class Ok(Enum):
    A = 1
    B = 2
print(Ok.B)
