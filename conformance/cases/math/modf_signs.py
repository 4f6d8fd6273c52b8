import math
for x in [3.25, -1.5, -0.0, 0.0, 5, float('inf'), float('-inf'), 1e300]:
    print(x, math.modf(x))
