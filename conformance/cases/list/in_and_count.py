l = [1, 2.0, 'x', None, [3]]
print(2 in l, 'x' in l, None in l, [3] in l, 4 not in l, l.count(2))
