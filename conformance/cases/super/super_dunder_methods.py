class MyList(list):
    def append(self, x):
        super().append(x * 2)
    def __len__(self):
        return super().__len__() + 100
l = MyList()
l.append(5)
print(l, len(l), list(l))
