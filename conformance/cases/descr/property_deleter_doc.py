class C:
    def getx(self):
        return 'x'
    def delx(self):
        print('deleted')
    x = property(getx, None, delx, 'doc of x')
print(C.x.__doc__, C().x)
del C().x
