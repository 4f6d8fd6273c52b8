import math
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**1100, 2))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-20))
print(math.log(float('inf')), math.log(1e-300))
