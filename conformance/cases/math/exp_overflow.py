import math
print(math.exp(709), math.exp(-1000), math.exp(float('-inf')))
math.exp(710)
