class All:
    def __contains__(self, x):
        return True
class Nothing:
    def __contains__(self, x):
        return 0
print(5 in All(), 'x' in All(), 1 in Nothing(), 1 not in Nothing())
