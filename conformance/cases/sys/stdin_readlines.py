import sys
lines = sys.stdin.readlines()
print(len(lines), [l.strip() for l in lines])
