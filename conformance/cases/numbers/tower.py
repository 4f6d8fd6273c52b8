import numbers
from fractions import Fraction
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex))
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(1.5, numbers.Rational), issubclass(bool, numbers.Number))
print(issubclass(numbers.Integral, numbers.Real), isinstance('1', numbers.Number))
