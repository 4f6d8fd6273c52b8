a, b, c = (x * x for x in range(3))
print(a, b, c)
k1, k2 = sorted({'z': 1, 'y': 2})
print(k1, k2)
