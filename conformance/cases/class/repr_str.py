class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % self.v
    def __str__(self):
        return 'value %s' % self.v
v = V('x')
print(v, repr(v), [v], str([v]), '%s|%r' % (v, v))
