print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
