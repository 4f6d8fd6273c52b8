import math
print(math.gamma(171))
math.gamma(172)
