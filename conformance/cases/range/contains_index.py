r = range(0, 30, 5)
print(15 in r, 16 in r, 30 in r, r.index(25), r.count(10), -5 in range(-10, 0, 5))
