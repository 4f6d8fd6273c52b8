# attack: __init__ recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)|memory_limit  limits: memory=64M wall=2
import sys
sys.setrecursionlimit(10**6)

class C:
    def __init__(self):
        C()
C()
