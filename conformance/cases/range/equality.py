print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3))
