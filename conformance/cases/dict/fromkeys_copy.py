d = dict.fromkeys([1, 2, 3], 0)
c = d.copy()
c[1] = 99
print(d, c)
