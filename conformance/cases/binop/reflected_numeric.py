class R:
    def __rsub__(self, o): return 'rsub(%r)' % (o,)
    def __rtruediv__(self, o): return 'rtruediv(%r)' % (o,)
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rpow__(self, o): return 'rpow(%r)' % (o,)
    def __rlshift__(self, o): return 'rlshift'
    def __rand__(self, o): return 'rand'
    def __ror__(self, o): return 'ror'
    def __rxor__(self, o): return 'rxor'
r = R()
print(1 - r, 2 / r, 3 // r, 4 % r, 5 ** r, 6 << r, 7 & r, 8 | r, 9 ^ r)
