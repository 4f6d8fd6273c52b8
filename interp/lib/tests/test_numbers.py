import numbers
from fractions import Fraction
from decimal import Decimal
from kaa_check import show

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    show(cls.__name__, lambda: [isinstance(v, cls) for v in values])
show("subclass", lambda: (issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number)))
show("abstracts", lambda: [sorted(c.__abstractmethods__) for c in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v
m = MyInt(7)
show("mixins", lambda: (m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m), m.__index__(),
                        m - 2, 10 - m, divmod(m, 2), divmod(20, m), bool(m), bool(MyInt(0)), m != 7, list(range(10))[m]))
show("incomplete", lambda: type('X', (numbers.Real,), {})())
show("hash none", lambda: numbers.Number.__hash__)
