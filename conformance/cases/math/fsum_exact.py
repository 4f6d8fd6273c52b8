import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]))
print(math.fsum(range(10)), math.fsum([]), math.fsum([2**60, 1, -2**60]))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('-inf')]*3))
