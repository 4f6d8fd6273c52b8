import math
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-2.5))
