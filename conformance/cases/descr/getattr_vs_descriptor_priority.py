class D:
    def __get__(self, o, t=None):
        return 'descriptor'
    def __set__(self, o, v):
        pass
class C:
    x = D()
    def __getattr__(self, name):
        return 'getattr ' + name
c = C()
print(c.x, c.y)
