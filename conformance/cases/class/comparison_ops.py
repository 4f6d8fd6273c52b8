import functools
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'P%d' % self.v
l = [P(3), P(1), P(2)]
print(sorted(l), min(l), max(l), P(1) > P(0))
