import math
print(hasattr(math, 'pi'))
from fractions import Fraction
print(Fraction(6, 8))
