d = {1: 'a', 2: 'b', 3: 'c'}
print(list(d), list(d.keys()), list(d.items()), list(d.values()))
