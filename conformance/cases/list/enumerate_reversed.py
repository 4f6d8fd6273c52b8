l = ['a', 'b', 'c']
print(list(enumerate(l)), list(enumerate(l, 1)), list(reversed(l)))
