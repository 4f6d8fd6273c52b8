class C:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print('deleting')
        del self._v
c = C()
del c.v
print(hasattr(c, '_v'))
