class C:
    @property
    def p(self):
        return 1
try:
    del C().p
except AttributeError:
    print('AttributeError')
