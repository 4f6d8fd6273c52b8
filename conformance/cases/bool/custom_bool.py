class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 0
class C:
    def __len__(self):
        return 3
print(bool(A()), bool(B()), bool(C()), bool(object()), not A())
