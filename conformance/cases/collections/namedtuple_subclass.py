from collections import namedtuple
class V(namedtuple('V', 'x y')):
    __slots__ = ()
    def norm(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'V<%d,%d>' % self
v = V(3, 4)
print(v.norm(), v, v._replace(x=0), V._make((1, 1)).norm())
