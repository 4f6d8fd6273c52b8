r = range(-10**20, 10**20)
print(bool(r), r == range(-10**20, 10**20, 1), r[0])
len(r)
