# attack: __hash__ recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)  limits: wall=2
import sys
sys.setrecursionlimit(10**6)

class H:
    def __hash__(self):
        return hash(self)
hash(H())
