d = {}
d[1] = 'a'
d[2] = 'b'
print(d, len(d), d[1], 1 in d, 3 in d, d.get(3), d.get(3, 'z'))
