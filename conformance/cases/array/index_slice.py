from array import array
a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1])
a[1] = 100
a[2:4] = array('i', [7, 7, 7])
del a[0]
print(a)
del a[::2]
print(a, 7 in a, 8 in a)
