import math
print(math.hypot(3, 4), math.hypot(-5, 12), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1), math.hypot(1e200, 1e200))
