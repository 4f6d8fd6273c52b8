import math
for x in [0.5, 3, 7.25, 100, 1e10, -0.5, -3.5, 1e-30]:
    print(x, math.lgamma(x))
print(math.lgamma(float('inf')), math.lgamma(float('-inf')))
