class L:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
l = L()
k = l
l += 1
l += 2
print(k.items, l is k)
