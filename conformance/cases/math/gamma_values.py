import math
for x in [0.5, 1.5, 2.5, 5, 10.25, -0.5, -1.5, -2.5, 171.5, 1e-10]:
    print(x, math.gamma(x))
