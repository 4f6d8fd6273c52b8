a = {1, 2}
b = a.copy()
a.clear()
print(a, sorted(b))
