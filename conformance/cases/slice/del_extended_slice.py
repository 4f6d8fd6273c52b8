l = list(range(12))
del l[1::3]
print(l)
del l[::-1]
print(l)
