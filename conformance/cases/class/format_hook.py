class F:
    def __format__(self, spec):
        return 'F<%s>' % spec
print(format(F(), 'abc'), '{:xyz}'.format(F()), '{}'.format(F()))
