# attack: __del__ recursion with sys.setrecursionlimit(10**6)
# expect: ok|runtime_error(RuntimeError)|memory_limit  limits: memory=64M wall=2
import sys
sys.setrecursionlimit(10**6)

class D:
    def __del__(self):
        D()
D()
