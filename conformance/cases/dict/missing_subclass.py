class D(dict):
    def __missing__(self, key):
        return key * 2
d = D()
d[1] = 'x'
print(d[1], d[5], len(d))
