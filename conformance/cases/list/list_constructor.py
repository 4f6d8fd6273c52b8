print(list(), list('abc'), list(range(3)), list((1, 2)), list({1: 'a'}), list(x * 2 for x in range(3)))
