import math
print(math.factorial(0), math.factorial(10), math.factorial(25))
