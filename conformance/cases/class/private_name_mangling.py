class C:
    def __init__(self):
        self.__secret = 1
        self._half = 2
    def get(self):
        return self.__secret
c = C()
print(c.get(), c._C__secret, c._half, hasattr(c, '__secret'))
