class D:
    def __get__(self, obj, objtype=None):
        return ('get', obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print('set', value)
class C:
    d = D()
c = C()
print(c.d, C.d)
c.d = 10
c.__dict__['d'] = 'inst'
print(c.d)
