print(range(5), range(1, 10, 2), len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(0)))
