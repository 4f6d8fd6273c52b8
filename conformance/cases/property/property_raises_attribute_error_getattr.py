class C:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(C().p)
