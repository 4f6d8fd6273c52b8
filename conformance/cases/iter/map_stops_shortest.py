print(list(map(pow, [2, 3, 4], [5, 2])))
