# substitute: enum, collections, _collections_abc, abc, types, copy, keyword, heapq
import enum
from enum import Enum, IntEnum, unique
from kaa_check import show, py34

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return 'color %s' % self.name
    @property
    def lower(self):
        return self.name.lower()

show("member", lambda: (Color.RED, repr(Color.GREEN), str(Color.BLUE), Color.RED.name, Color.RED.value))
show("alias", lambda: (Color.CRIMSON is Color.RED, Color.CRIMSON.name))
show("iter", lambda: list(Color))
show("len", lambda: len(Color))
show("members", lambda: list(Color.__members__.items()))
show("by value", lambda: (Color(2), Color(Color.BLUE)))
show("bad value", lambda: Color(7))
show("by name", lambda: Color['GREEN'])
show("bad name", lambda: Color['PINK'])
show("attr missing", lambda: Color.PINK)
show("contains", lambda: (Color.RED in Color, 1 in Color if False else None))
show("identity", lambda: (Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE))
show("order", lambda: Color.RED < Color.BLUE)
show("hash", lambda: ({Color.RED: 'r'}[Color.RED], hash(Color.RED) == hash('RED')))
show("methods", lambda: (Color.RED.describe(), Color.BLUE.lower))
show("type", lambda: (type(Color.RED), isinstance(Color.RED, Color), repr(Color)))
py34("metaclass", lambda: type(Color), "<class 'enum.EnumMeta'>")
py34("reassign", lambda: setattr(Color, 'RED', 5), "AttributeError: Cannot reassign members.")
py34("delete", lambda: delattr(Color, 'RED'), "AttributeError: Color: cannot delete Enum member.")
show("reversed", lambda: list(reversed(Color)))
show("format", lambda: ('{}'.format(Color.RED), '{:>12}'.format(Color.RED), format(Color.GREEN)))
py34("dir", lambda: (dir(Color), dir(Color.RED)), "(['BLUE', 'GREEN', 'RED', '__class__', '__doc__', '__members__', '__module__'], ['__class__', '__doc__', '__module__', 'describe', 'lower', 'name', 'value'])")
show("bool", lambda: (bool(Color), bool(Color.RED)))
show("value attr cls", lambda: Color.value)

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
show("intenum", lambda: (Shape.CIRCLE == 1, Shape.SQUARE + 1, Shape.CIRCLE < Shape.SQUARE, int(Shape.SQUARE), Shape(2), repr(Shape.CIRCLE)))
py34("intenum str", lambda: str(Shape.CIRCLE), "'Shape.CIRCLE'")
py34("intenum %s", lambda: '%s' % Shape.SQUARE, "'Shape.SQUARE'")
show("intenum format", lambda: ('{}'.format(Shape.CIRCLE), '{:03d}'.format(Shape.SQUARE)))
show("intenum sorted", lambda: sorted([Shape.SQUARE, Shape.CIRCLE]))
show("intenum isinstance", lambda: isinstance(Shape.CIRCLE, int))

show("unique ok", lambda: unique(Shape) is Shape)
def make_dup():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
show("unique dup", make_dup)

Animal = Enum('Animal', 'ANT BEE CAT')
show("functional", lambda: (list(Animal), Animal.BEE.value, Animal(3), Animal.__name__))
show("functional list", lambda: list(Enum('Pet', ['DOG', 'FISH'])))
show("functional pairs", lambda: list(Enum('Num', [('ONE', 10), ('TWO', 20)])))
show("functional dict", lambda: sorted(m.value for m in Enum('D', {'x': 5, 'y': 6})))
show("functional commas", lambda: list(Enum('C', 'a,b, c')))
show("functional int", lambda: list(IntEnum('I', 'A B')))
show("functional type", lambda: (Enum('M', 'A B', type=int).A + 1, type(Enum('M', 'A B', type=int).A).__mro__[1:]))
show("functional module", lambda: Enum('Mod', 'A', module='mymodule').__module__)
show("functional qualname", lambda: Enum('Q', 'A', qualname='Outer.Q').__qualname__)
show("functional default module", lambda: Animal.__module__)

def extend():
    class MoreColor(Color):
        PINK = 4
py34("extend", extend, "TypeError: Cannot extend enumerations")
def reuse():
    class Bad(Enum):
        A = 1
        A = 2
py34("reuse", reuse, "TypeError: Attempted to reuse key: 'A'")
def sunder():
    class Bad(Enum):
        _x_ = 1
py34("sunder", sunder, "ValueError: _names_ are reserved for future Enum use")
def mro_name():
    class Bad(Enum):
        mro = 1
py34("mro name", mro_name, "ValueError: Invalid enum member name: mro")
def wrong_base():
    class Bad2(Enum, int):
        A = 1
py34("wrong order", wrong_base, "TypeError: new enumerations must be created as `ClassName([mixin_type,] enum_type)`")

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
show("init", lambda: (Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3)))

class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Ordinal(AutoNumber):
    FIRST = ()
    SECOND = ()
show("custom new", lambda: (Ordinal.FIRST.value, Ordinal.SECOND.value, Ordinal(2)))

class Empty(Enum):
    pass
class WithMethods(Empty):
    A = 'a'
show("extend empty", lambda: (list(WithMethods), WithMethods('a')))

class StrMix(str, Enum):
    X = 'ex'
    Y = 'why'
show("str mixin", lambda: (StrMix.X == 'ex', StrMix.Y.upper(), StrMix('why'), len(StrMix.Y)))
py34("str mixin format", lambda: '{}'.format(StrMix.X), "'ex'")  # the mixed-in type's __format__
class Weird(Enum):
    A = [1]
    B = [2]
show("unhashable values", lambda: (Weird([2]), Weird.A.value))
import copy
show("copy", lambda: (copy.copy(Color.RED) is Color.RED, copy.deepcopy(Shape.CIRCLE) is Shape.CIRCLE))
show("reduce", lambda: Color.RED.__reduce_ex__(2))
class NameValue(Enum):
    name = 1
    value = 2
show("name value members", lambda: (NameValue.name, NameValue.value.name, NameValue.name.value))
show("member attrs", lambda: (Color.RED._name_, Color.RED._value_, Color._member_names_))
