l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::3] = [0, 0, 0]
print(l)
l[:] = []
print(l)
