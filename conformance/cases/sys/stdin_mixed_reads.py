import sys
n = int(sys.stdin.readline())
rows = [sys.stdin.readline().split() for _ in range(n)]
rest = sys.stdin.read()
print(n, rows, repr(rest))
