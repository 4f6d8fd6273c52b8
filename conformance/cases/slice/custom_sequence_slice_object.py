class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return 'Seq(%r)' % (self.data,)
s = Seq(list(range(10)))
print(s[2:5], s[::-3], s[4])
