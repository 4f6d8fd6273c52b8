import math
print(math.gamma(5), math.lgamma(1), round(math.erf(0.5), 12), math.erfc(0))
