import math
math.log10(0)
