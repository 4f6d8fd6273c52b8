def src():
    print('src called')
    return [1, 2]
g = (x for x in src())
print('genexp created')
print(list(g))
