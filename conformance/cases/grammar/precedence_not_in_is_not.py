print(not 1 in [2], not (1 in [2]), 1 not in [2], None is not None, not None is None)
print(1 < 2 == 2, (1 < 2) == 2, 1 in [1] == True, -1 ** 2, not -1)
