import sys
first = sys.stdin.readline()
second = input()
print(repr(first), repr(second))
