class Log:
    def __getattr__(self, name):
        return 'missing:' + name
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
l = Log()
l.x = 1
print(l.x, l.y)
