class A:
    def __mul__(self, o):
        return NotImplemented
class B:
    def __rmul__(self, o):
        return NotImplemented
A() * B()
