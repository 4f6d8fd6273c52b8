import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
