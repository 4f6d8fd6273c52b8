import math
print(math.factorial(0), math.factorial(1), math.factorial(25))
f = math.factorial(1000)
print(len(str(f)), f % (10**9 + 7), str(f)[:20])
