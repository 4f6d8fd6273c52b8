l = list(range(10))
l[::2] = [1, 2]
