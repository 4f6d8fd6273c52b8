import math
math.gamma(0.0)
