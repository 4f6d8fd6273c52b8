from math import *
print(sqrt(4), factorial(5))
