import math
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.asinh(1), 12), math.acos(1), math.asin(0))
