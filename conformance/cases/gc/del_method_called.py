class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = D('a')
del d
print('after del')
