class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I(), 0, -1)))
range('3')
