l = [1, 2, 3, 2, 1]
print(l.index(2, 2), l.index(1, 1), l.index(3, 0, 3))
