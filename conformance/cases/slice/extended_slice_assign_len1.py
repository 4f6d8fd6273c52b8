l = [0, 1, 2, 3, 4]
l[::2] = 'abc'
print(l)
l[::-2] = [7, 8, 9]
print(l)
