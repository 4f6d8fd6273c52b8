x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [1, 2, 3, 4]
del l[1], l[-1]
print(l)
d = {1: 2, 3: 4}
del d[1]
print(d)
