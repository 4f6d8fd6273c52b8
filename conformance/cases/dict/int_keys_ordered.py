d = {}
for i in range(5):
    d[i] = i * i
print(d)
print(list(d), list(d.values()))
