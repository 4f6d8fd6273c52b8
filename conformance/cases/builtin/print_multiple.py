print(1, 'a', None, [1], sep=', ', end='!\n')
