import itertools as it
print([(k, list(g)) for k, g in it.groupby('aabbbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 6, 5], key=lambda x: x % 2)])
print([k for k, g in it.groupby('aabbc')], list(it.groupby('')))
g = it.groupby('aaabbc')
k, g1 = next(g); print(k, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2), next(g)[0])
try:
    next(g)
except StopIteration:
    print('stop')
print(sorted((k, len(list(v))) for k, v in it.groupby(sorted('mississippi'))))
def bad(x):
    raise ValueError('key failed')
try:
    list(it.groupby([1], key=bad))
except ValueError as e:
    print('ValueError', e)
