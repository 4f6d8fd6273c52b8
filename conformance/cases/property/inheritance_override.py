class A:
    @property
    def name(self):
        return 'A'
class B(A):
    @property
    def name(self):
        return 'B'
print(A().name, B().name)
