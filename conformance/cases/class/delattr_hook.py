class D:
    def __delattr__(self, name):
        print('deleting', name)
d = D()
d.x = 1
del d.x
print(d.x)
