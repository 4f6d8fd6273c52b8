l = [1, 2, 3]
m = l.copy()
l.reverse()
print(l, m)
m.clear()
print(m, l)
