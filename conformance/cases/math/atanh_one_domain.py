import math
print(math.atanh(0.5))
math.atanh(1)
