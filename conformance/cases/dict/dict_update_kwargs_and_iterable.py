d = {}
d.update([(1, 'one')], two=2)
print(len(d), d[1], d['two'])
