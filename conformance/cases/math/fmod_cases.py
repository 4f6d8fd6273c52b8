import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1, float('inf')), math.fmod(-0.0, 1), math.fmod(5.5, 2))
