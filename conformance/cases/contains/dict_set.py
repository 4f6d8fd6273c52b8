d = {'a': 1}
print('a' in d, 1 in d, 1 in d.values(), ('a', 1) in d.items(), 2 in {1, 2})
