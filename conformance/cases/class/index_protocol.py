class I:
    def __index__(self):
        return 2
l = ['a', 'b', 'c', 'd']
print(l[I()], l[I():], bin(I()), hex(I()), range(10)[I()])
