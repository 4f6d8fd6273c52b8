class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__')
        return N(self.v + o)
n = N(1)
m = n
n += 5
print(n.v, m.v, n is m)
