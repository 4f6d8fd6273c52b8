class D:
    def __get__(self, obj, t=None):
        return 1
    def __delete__(self, obj):
        print('delete called')
class C:
    d = D()
c = C()
del c.d
print(c.d)
