import math
print(math.ldexp(0.5, 1024))
math.ldexp(1.0, 1024)
