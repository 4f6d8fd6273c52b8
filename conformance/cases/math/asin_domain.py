import math
math.asin(1.0000001)
