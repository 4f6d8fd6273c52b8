import math
print(math.fsum([0.1] * 10), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
