def logged(m):
    def w(self, *a):
        print('calling', m.__name__, a)
        return m(self, *a)
    return w
class C:
    @logged
    def add(self, x, y):
        return x + y
print(C().add(2, 3))
