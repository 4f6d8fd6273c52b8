import math
print(math.cosh(-1), math.tanh(1000), math.sinh(1))
math.cosh(1000)
