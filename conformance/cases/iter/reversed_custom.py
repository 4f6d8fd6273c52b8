class R:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(R())), list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('xyz')))
