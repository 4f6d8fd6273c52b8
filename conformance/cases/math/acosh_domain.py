import math
math.acosh(0.5)
