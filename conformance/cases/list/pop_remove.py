l = [1, 2, 3, 2, 1]
print(l.pop(), l.pop(0), l, l.remove(2), l)
