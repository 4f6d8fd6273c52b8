class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, m == 21)
