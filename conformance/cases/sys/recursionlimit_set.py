import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError as e:
    print('RuntimeError', e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
