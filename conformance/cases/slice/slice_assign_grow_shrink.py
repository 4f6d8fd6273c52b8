l = [1, 2, 3]
l[1:2] = [7, 8, 9]
print(l)
l[1:4] = []
print(l)
l[len(l):] = [10]
print(l)
