import math
for x in [1.0, -3.5, 0.0, -0.0, 5e-324, 1e308, float('inf'), 7]:
    print(x, math.frexp(x))
print(math.isnan(math.frexp(float('nan'))[0]))
