# attack: __lt__ that recurses, reached by sort
# expect: runtime_error(RuntimeError)  limits: wall=2
class L:
    def __lt__(self, other):
        return self < other
sorted([L(), L()])
