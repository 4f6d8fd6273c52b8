import math
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, 3), math.ldexp(-2.0, 10), math.ldexp(1.5, -10**30), math.ldexp(0.0, 10**30))
print(math.ldexp(3, True))
