from fractions import Fraction as F
import fractions, math
print(F(3, 4) + F(1, 4), F(1, 3) * 3, F(1, 2) / F(3, 4), F(-7, 2) // 2, F(7, 2) % 1, F(2, 3) ** 2, F(4, 9) ** F(1, 2), 2 ** F(3), F(1, 2) ** -2)
print(F('3.25'), F('-1/3'), F(' 10/4 '), F('1e-3'), F(0.1), F(1.5), F(F(1, 2), F(1, 3)), F(5))
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 1).limit_denominator(1), F(1, 3).limit_denominator())
print(F.from_float(0.25), F.from_decimal(__import__('decimal').Decimal('1.25')), F(3, 6).numerator, F(3, 6).denominator)
print(repr(F(1, 2)), str(F(4, 2)), float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(12345, 100), 1), round(F(12345, 100), -1), math.floor(F(-1, 2)), math.ceil(F(1, 2)), math.trunc(F(-5, 3)))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) == F(2, 4), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(1, 2) + 0.5, F(1, 2) + 1j, abs(F(-2, 3)), -F(1, 2), +F(1,2))
print(sorted([F(1, 2), F(1, 3), 0.4]), bool(F(0)), max(F(1, 2), F(2, 3)))
for bad in ['1/0', 'x', '1.2.3', '3/']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1.5, 2)
except TypeError as e:
    print('TypeError', e)
try:
    F(float('nan'))
except (ValueError, TypeError) as e:
    print(type(e).__name__)
F(1, 0)
