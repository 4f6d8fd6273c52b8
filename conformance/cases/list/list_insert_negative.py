l = [1, 2, 3]
l.insert(-1, 'x')
l.insert(-100, 'y')
print(l)
