l = [1]
l.append(l)
print(l)
d = {1: l}
print(d)
