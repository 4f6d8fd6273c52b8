# attack: __add__ that adds self again
# expect: runtime_error(RuntimeError)  limits: wall=2
class A:
    def __add__(self, other):
        return self + other
A() + 1
