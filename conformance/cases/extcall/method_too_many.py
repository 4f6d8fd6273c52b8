class C:
    def m(self, x):
        pass
C().m(1, 2)
