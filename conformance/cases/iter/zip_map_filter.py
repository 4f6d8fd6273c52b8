print(list(zip([1, 2, 3], 'ab')), list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(None, [0, 1, '', 'a'])))
print(list(zip()), list(map(str, range(3))), list(filter(lambda x: x % 2, range(6))))
