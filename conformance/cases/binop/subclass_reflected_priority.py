class A:
    def __add__(self, o):
        return 'A.__add__'
class B(A):
    def __radd__(self, o):
        return 'B.__radd__'
print(A() + B(), B() + A())
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.__radd__'
print(1 + MyInt(2), MyInt(2) + 1)
