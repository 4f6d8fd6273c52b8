import math
for x in [-3, -0.5, 0.25, 1, 2.5, 1e10]:
    print(x, math.asinh(x))
for x in [1, 1.25, 2, 10, 1e20]:
    print(x, math.acosh(x))
for x in [-0.99, -0.5, 0, 0.1, 0.75]:
    print(x, math.atanh(x))
