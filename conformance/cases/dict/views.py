d = {1: 'a', 2: 'b'}
k = d.keys()
d[3] = 'c'
print(sorted(k), len(k), 2 in k, 'a' in d.values(), (1, 'a') in d.items())
print(sorted(k & {1, 5}), sorted(k | {9}), sorted(k - {1}))
