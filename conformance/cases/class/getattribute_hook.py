class G:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
g = G()
print(g.a, g.secret)
g.nothing
