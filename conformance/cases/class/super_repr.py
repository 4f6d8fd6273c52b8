# repr() of super objects
class A:
    pass
class B(A):
    def show(self):
        return repr(super())
print(B().show())
print(repr(super(B, B())), repr(super(B)), repr(super(B, B)))
print(repr(super(int, 3)))
