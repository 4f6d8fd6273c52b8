# attack: __eq__ recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)  limits: wall=2
import sys
sys.setrecursionlimit(10**6)

class E:
    def __eq__(self, other):
        return self == other
E() == E()
