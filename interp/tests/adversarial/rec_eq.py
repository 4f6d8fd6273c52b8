# attack: __eq__ that compares self == other again
# expect: runtime_error(RuntimeError)  limits: wall=2
class E:
    def __eq__(self, other):
        return self == other
E() == E()
