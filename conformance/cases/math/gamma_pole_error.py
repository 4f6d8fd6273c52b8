import math
print(math.gamma(1))
math.gamma(-3)
