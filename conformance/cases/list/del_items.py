l = list(range(6))
del l[0]
del l[-1]
del l[1:3]
print(l)
