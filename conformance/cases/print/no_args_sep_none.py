print(1, 2, sep=None, end=None)
