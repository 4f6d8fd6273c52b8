d = {'a': 1}
d.update({'b': 2}, c=3)
d.update([('d', 4)])
print(d.setdefault('a', 100), d.setdefault('z', 26), sorted(d.items()))
