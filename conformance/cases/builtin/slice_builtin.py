print(slice(3), slice(1, 5, 2), [0, 1, 2, 3, 4][slice(1, None, 2)])
