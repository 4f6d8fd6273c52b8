class A:
    x = 'A'
class B:
    x = 'B'
    y = 'B'
class C(A, B):
    pass
print(C.x, C.y, C.__bases__[0].__name__)
