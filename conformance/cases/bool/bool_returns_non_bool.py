class A:
    def __bool__(self):
        return 1
bool(A())
