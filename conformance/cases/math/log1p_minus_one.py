import math
print(math.log1p(-0.5))
math.log1p(-1)
