class D:
    def __get__(self, obj, t=None):
        return 'ok'
class C:
    a = D()
print(C().a, C.a)
