from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blueberry']), key=lambda s: s[0])])
groups = groupby([1, 1, 2, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
