print(list(reversed(range(1, 4))), list(reversed('ab')))
