import math
math.exp(10**400)
