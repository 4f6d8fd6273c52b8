from collections import Counter
c = Counter('abracadabra')
print(c['a'], c['z'], sorted(c.items()), c.most_common(1))
