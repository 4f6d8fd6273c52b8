import sys
a = input()
b = sys.stdin.readline()
c = input()
print(repr(a), repr(b), repr(c))
