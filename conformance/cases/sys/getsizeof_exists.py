import sys
print(callable(sys.getsizeof), sys.getsizeof(0) > 0)
