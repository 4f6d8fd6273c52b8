import math
math.lgamma(-2)
