d = {1: 'a'}
keys = d.keys()
values = d.values()
d[2] = 'b'
print(len(keys), len(values), sorted(keys))
