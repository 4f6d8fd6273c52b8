import sys
a = sys.stdin.readline()
b = sys.stdin.readline()
c = sys.stdin.readline()
print(repr(a), repr(b), repr(c))
