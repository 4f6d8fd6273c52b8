# attack: sys.setrecursionlimit(10**9) to escape the configured ceiling (session 6): the call succeeds and reads back, but calls stop at max_recursion_depth with the catchable RuntimeError
# expect: ok  limits: max_recursion=5000 memory=512M wall=5
# stdout: "1000000000\nTrue\nTrue\n"
import sys
sys.setrecursionlimit(10 ** 9)
print(sys.getrecursionlimit())
depth = 0


def f():
    global depth
    depth += 1
    f()


try:
    f()
except RuntimeError as e:
    print(4900 < depth <= 5000)
    print('recursion' in str(e))
