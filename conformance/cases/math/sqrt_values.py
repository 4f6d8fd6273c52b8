import math
print(math.sqrt(2), math.sqrt(-0.0), math.sqrt(10**400), math.sqrt(float('inf')), math.sqrt(True))
