# attack: sys.setrecursionlimit(10**6) then unbounded recursion under the default ceiling: RuntimeError at 1,000,000 frames (or the memory limit first)
# expect: runtime_error(RuntimeError)|memory_limit  limits: memory=512M wall=10
import sys
sys.setrecursionlimit(10 ** 6)


def f(n):
    return f(n + 1)


f(0)
