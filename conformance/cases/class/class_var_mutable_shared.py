class C:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = C(), C()
a.add(1)
b.add(2)
print(C.items, a.items is b.items)
