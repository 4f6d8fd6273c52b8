class C:
    x = 'class'
    def m(self):
        return self.x, C.x
print(C().m())
