class C:
    n = 3
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.n + x
class D(C):
    n = 10
print(C.s(2), C().s(3), C.c(1), D.c(1), D().c(1))
