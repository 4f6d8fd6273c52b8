import math
math.pow(0.0, -1)
