class N:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return 'radd %r' % (o,)
    def __rsub__(self, o):
        return 'rsub %r' % (o,)
print(1 + N(0), 'a' - N(0) if False else 5 - N(0), [1] + N(0))
