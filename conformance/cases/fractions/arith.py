from fractions import Fraction as F
a, b = F(1, 3), F('2/5')
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(F(-3, 4)))
print(F(0.5), F('1.25'), F(3), F(6, 4), F(1, 3) == F(2, 6), F(1, 2) < 0.6)
print(F(355, 113).limit_denominator(10), F.from_float(0.1).limit_denominator(100), F.from_decimal(__import__('decimal').Decimal('0.75')))
print(F(7, 2).numerator, F(7, 2).denominator, int(F(7, 2)), float(F(1, 8)), round(F(5, 2)), round(F(7, 3), 2))
print(hash(F(1, 2)) == hash(0.5), F(1, 3) + 1, 2 * F(1, 3), F(1, 3) // F(1, 7), F(5, 3) % 1)
