# attack: sorting 10**6 objects with a Python __lt__ (each comparison a call)
# expect: time_limit(wall)  limits: wall=1 memory=512M
class K:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
a = [K((i * 7919) % 1000003) for i in range(3 * 10 ** 5)]
while True:
    a.sort()
    a.reverse()
