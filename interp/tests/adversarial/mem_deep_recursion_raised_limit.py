# attack: recursion with sys.setrecursionlimit(10**6) (frames cost memory)
# expect: runtime_error(RuntimeError)|memory_limit  limits: memory=32M wall=2
import sys
sys.setrecursionlimit(10**6)
def f(n):
    return f(n + 1)
f(0)
