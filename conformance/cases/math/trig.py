import math
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
