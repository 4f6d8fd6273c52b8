import math
math.pow(2)
