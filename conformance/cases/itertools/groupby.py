import itertools
for k, g in itertools.groupby('aaabbcaa'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1]))])
