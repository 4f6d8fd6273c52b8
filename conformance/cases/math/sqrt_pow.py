import math
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.hypot(3, 4))
