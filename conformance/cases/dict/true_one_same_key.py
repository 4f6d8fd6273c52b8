d = {1: 'int'}
d[True] = 'bool'
d[1.0] = 'float'
print(len(d), d[1])
