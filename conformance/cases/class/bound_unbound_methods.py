class C:
    def m(self, a):
        return (type(self).__name__, a)
c = C()
bm = c.m
print(bm(1), C.m(c, 2), bm.__self__ is c, bm.__func__ is C.m)
