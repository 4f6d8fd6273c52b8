class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
b = Box([1, 2])
print(1 in b, 5 in b, list(b), sorted(b, reverse=True))
