import math
math.pow(-8, 1/3)
