l = list(range(10))
del l[::2]
print(l)
del l[1:3]
print(l)
