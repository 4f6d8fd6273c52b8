from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation
from fractions import Fraction

prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10'), Decimal('100')]
total = sum(prices)
print(total, repr(total))
tax = (total * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print("tax", tax, "grand", total + tax)
print(Decimal('1.005').quantize(Decimal('0.01')), Decimal('1.015').quantize(Decimal('0.01')))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal(10) / Decimal(3), Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(10) / Decimal(3))
getcontext().prec = 28
print(Decimal('1.10') + Decimal('2.20'), Decimal('3.000').normalize(), Decimal('1E+2').normalize())
print(Decimal(0.1))
print(Decimal('-0'), Decimal('NaN'), Decimal('Infinity'), -Decimal('inf'))
print(Decimal('12.345').quantize(Decimal('1'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 2))
print(Decimal('7') % Decimal('3'), Decimal('-7') % Decimal('3'), Decimal('-7') // Decimal('3'))
print(str(Decimal('0.000001')), str(Decimal('0.0000001')), Decimal('123E5'))
print(int(Decimal('42.9')), float(Decimal('0.5')), Decimal('1.5').as_tuple())
print(sorted([Decimal('1.1'), Decimal('0.9'), Decimal('1.0')]))
print("{:.3f} {:>10} {:,}".format(Decimal('3.14159'), Decimal('2.5'), Decimal('1234567.891')))
try:
    Decimal('abc')
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
split = [Decimal('100.00') / 3] * 3
print([s.quantize(Decimal('0.01')) for s in split])
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), float(f), f.numerator, f.denominator)
print(Fraction('0.125'), Fraction(1.5), Fraction(22, 7).limit_denominator(5), Fraction(-6, 4))
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(2, 4) == 0.5, Fraction(5, 3) // 1, Fraction(7, 2) % 1)
print(Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), round(Fraction(7, 2)), round(Fraction(5, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
