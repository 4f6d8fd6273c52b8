import sys
print('via file', file=sys.stdout)
