class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {K(1), K(1), K(2)}
print(len(s), K(1) in s, {K(3): 'x'}[K(3)])
