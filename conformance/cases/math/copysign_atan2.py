import math
print(math.copysign(1, -0.0), math.copysign(float('inf'), -1), math.copysign(-3, 2))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(float('inf'), float('-inf')), math.atan2(-1, -1))
