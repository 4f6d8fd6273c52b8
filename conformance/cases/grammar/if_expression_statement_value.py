x = []
x.append(1) if True else x.append(2)
print(x)
