import math
nan, inf = float('nan'), float('inf')
print(math.pow(nan, 0), math.pow(1, nan), math.pow(inf, -3), math.pow(-inf, 3), math.pow(-inf, -3), math.pow(-inf, 2))
print(math.pow(-2, inf), math.pow(0.5, -inf), math.pow(-1, inf), math.pow(2, -inf), math.pow(-0.0, 3), math.pow(2, 0.5))
