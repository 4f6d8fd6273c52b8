import numbers, fractions
class MyInt(numbers.Integral):
    pass
print(issubclass(MyInt, numbers.Rational), issubclass(MyInt, numbers.Number))
try:
    MyInt()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
print(isinstance(fractions.Fraction(1, 3), numbers.Real), isinstance(True, numbers.Integral))
print(numbers.Integral.__bases__[0] is numbers.Rational, numbers.Complex.__mro__[1] is numbers.Number)
print(sorted(n for n in dir(numbers) if not n.startswith('_')))
class Half(numbers.Real):
    def __float__(self): return 0.5
print(hasattr(numbers.Real, '__float__'), sorted(Half.__abstractmethods__)[:4])
print((5).numerator, (5).denominator, (2.5).real, (3+4j).imag, numbers.Number.__hash__)
