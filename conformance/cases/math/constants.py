import math
print(math.pi, math.e)
