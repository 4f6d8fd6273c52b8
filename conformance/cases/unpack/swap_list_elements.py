l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
l[i], i = 9, 2
print(l, i)
