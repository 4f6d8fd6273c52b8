class A:
    def __init__(self, **kw):
        self.log = ['A']
class B(A):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.log.append('B%d' % b)
class C(A):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.log.append('C%d' % c)
class D(B, C):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('D')
print(D(b=1, c=2).log)
