import math
math.trunc('x')
