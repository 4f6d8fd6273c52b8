from collections import Counter
c = Counter({'x': 2, 'y': 2, 'z': 5, 'w': 1})
print(c.most_common(1), sorted(c.most_common(3)), c.most_common(0))
print(Counter('aab').most_common(-1))
