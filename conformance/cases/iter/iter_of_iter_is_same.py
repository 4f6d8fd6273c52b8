l = [1, 2]
it = iter(l)
print(iter(it) is it)
