import math
for x in [-2, -0.5, 0, 0.1, 0.5, 1, 1.4, 1.6, 3, 6]:
    print(x, round(math.erf(x), 10), round(math.erfc(x), 10))
print(math.erf(float('inf')), math.erfc(float('-inf')), math.erfc(40))
