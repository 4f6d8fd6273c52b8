l = [1, 2, 3, 4]
l[1:3] += ['x']
print(l)
l[::2] *= 1
print(l)
