g = (x for x in range(10))
print(5 in g, list(g))
