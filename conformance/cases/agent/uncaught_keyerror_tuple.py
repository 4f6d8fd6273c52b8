from collections import defaultdict
counts = {'a': 1}
def get(d, k):
    return d[k]
class Box:
    def __init__(self, x):
        self.x = x
    def method(self):
        return get(counts, ('b', 2))
Box(1).method()
