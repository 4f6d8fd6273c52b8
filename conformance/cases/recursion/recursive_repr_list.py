a = [1, 2]
a.append(a)
b = {1: a}
print(a, b)
