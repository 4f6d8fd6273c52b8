import sys
try:
    sys.setrecursionlimit('x')
except TypeError:
    print('TypeError')
sys.setrecursionlimit(0)
