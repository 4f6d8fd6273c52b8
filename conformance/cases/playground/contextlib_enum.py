import contextlib
import io
import sys
from enum import Enum, IntEnum, unique

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e.args)
    finally:
        print("</%s>" % name)

with tag('div') as t:
    print("inside", t)
with tag('p'):
    raise KeyError('x')
try:
    with tag('span'):
        raise ValueError('not handled')
except ValueError as e:
    print("escaped", e)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    help_text = "x"
print(repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag('item%d' % i))
    stack.callback(print, "callback ran")
    print("stack body")

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return "%s=%d" % (self.name, self.value)
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.BLUE.describe(), Color.parse('green'))
print([c.name for c in Color], Color.__members__.keys() if False else list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError")
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), repr(Prio(10)), int(Prio.LOW), Prio.LOW == 1)
print('{}'.format(Prio.LOW), format(Prio.LOW))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), sorted(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, type(Animal.ANT).__name__)
print({Color.RED: 'r'}[Color.RED], Color.RED == 1, hash(Color.RED) == hash(Color.RED.name) if False else 'skip')
