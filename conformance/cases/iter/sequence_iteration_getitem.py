class S:
    def __getitem__(self, i):
        if i < 3:
            return chr(97 + i)
        raise IndexError
print(list(S()), list(iter(S())))
