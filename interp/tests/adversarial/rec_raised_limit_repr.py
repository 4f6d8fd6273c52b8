# attack: __repr__ recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)  limits: wall=2
import sys
sys.setrecursionlimit(10**6)

class R:
    def __repr__(self):
        return repr(self)
repr(R())
