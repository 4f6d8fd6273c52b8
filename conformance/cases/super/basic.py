class A:
    def hello(self):
        return 'A.hello'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
print(B().hello())
