t = ([1], 2)
t[0].append(3)
print(t)
