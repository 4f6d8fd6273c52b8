class C:
    @property
    def p(self):
        return 1
print(type(C.p).__name__, C.p.fget is not None, C.p.fset)
