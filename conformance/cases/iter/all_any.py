print(all([]), any([]), all([1, 2, 0]), any([0, '', 3]), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(3)))
