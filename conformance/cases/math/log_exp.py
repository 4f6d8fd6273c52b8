import math
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(0), math.log1p(0), math.expm1(0))
