from collections import defaultdict
d = defaultdict()
print(d.default_factory)
d['missing']
