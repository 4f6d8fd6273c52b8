import math
print(math.isinf(float('inf')), math.isnan(float('nan')), math.isfinite(1.0), math.isfinite(float('inf')))
