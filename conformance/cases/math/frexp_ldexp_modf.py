import math
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-1.5))
