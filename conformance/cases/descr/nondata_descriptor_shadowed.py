class ND:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class C:
    d = ND()
c = C()
print(c.d)
c.d = 'instance'
print(c.d, C.d)
