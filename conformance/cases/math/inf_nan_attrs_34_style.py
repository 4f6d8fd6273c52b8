import math
inf = float('inf')
print(math.isinf(inf), -inf < 0, math.floor(1e300) > 0)
