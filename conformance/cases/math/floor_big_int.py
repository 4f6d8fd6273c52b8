import math
print(math.floor(10 ** 20 + 0.0) == 10 ** 20, math.ceil(10 ** 30), math.floor(7))
