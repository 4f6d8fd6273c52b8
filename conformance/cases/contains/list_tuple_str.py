print(3 in [1, 2, 3], 3 in (1, 2), 'ab' in 'cabd', 'x' in '', [1] in [[1], 2])
