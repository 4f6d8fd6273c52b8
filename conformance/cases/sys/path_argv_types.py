import sys
print(type(sys.path).__name__, type(sys.argv).__name__, len(sys.argv) >= 1)
print(isinstance(sys.argv[0], str))
