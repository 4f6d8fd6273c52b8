d = {'b': 2, 'a': 1, 'c': 3}
print(sorted(d), sorted(d.keys()), sorted(d.values()), sorted(d.items()))
