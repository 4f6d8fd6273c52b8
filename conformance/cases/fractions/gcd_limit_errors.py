from fractions import Fraction as F
print(F(-6, 4), F(6, -4), F('-3/9'), F('  7  '), F('1e-2'), F(2.5).as_integer_ratio() if hasattr(F, 'as_integer_ratio') else (5, 2))
print(F(1, 3) > F(1, 4), F(1, 3) == 1 / 3, F(3, 1) == 3, F(0) == 0.0)
F(1, 3).limit_denominator(0)
