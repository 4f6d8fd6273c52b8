from collections import defaultdict
d = defaultdict(list)
for k, v in [(1, 'a'), (2, 'b'), (1, 'c')]:
    d[k].append(v)
print(sorted(d.items()), d[3], len(d))
