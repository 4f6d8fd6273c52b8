class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(len(s), list(s), 20 in s, s[1], [x for x in s])
