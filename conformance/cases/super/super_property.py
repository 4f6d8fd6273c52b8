class A:
    @property
    def p(self):
        return 'A.p'
class B(A):
    @property
    def p(self):
        return 'B.p+' + super().p
print(B().p)
