# attack: __getattr__ recursion with sys.setrecursionlimit(10**6)
# expect: runtime_error(RuntimeError)  limits: wall=2
import sys
sys.setrecursionlimit(10**6)

class G:
    def __getattr__(self, name):
        return self.missing
G().x
