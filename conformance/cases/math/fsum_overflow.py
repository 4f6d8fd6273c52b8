import math
print(math.fsum([1e308, -1e308, 1e308]))
math.fsum([1e308, 1e308])
