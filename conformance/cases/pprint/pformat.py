import pprint
data = {'b': [1, 2, 3], 'a': {'x': (1, 2), 'y': 'long string ' * 3}, 'c': list(range(30))}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=1))
print(pprint.isreadable([1, 2]), pprint.saferepr({'z': 1, 'a': 2}))
