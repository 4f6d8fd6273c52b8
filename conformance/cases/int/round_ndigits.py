print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(2**70, -20), round(15, -1), round(25, -1))
print((1234).__round__(-1), type(round(5, 0)).__name__)
class I:
    def __index__(self):
        return -1
print(round(1234, I()))
round(5, 'a')
