d = {'a': None}
print(d.get('a', 'default'), d.get('b', 'default'), 'a' in d)
