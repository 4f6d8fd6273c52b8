a = [1, 2]
b = a
b += [3]
print(a, a is b)
c = a + [4]
print(a, c)
