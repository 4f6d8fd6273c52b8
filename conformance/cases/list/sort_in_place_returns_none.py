l = [3, 1, 2]
print(l.sort(), l, sorted(l) is l)
