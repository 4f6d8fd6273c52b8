print([(i, j) for i in range(3) for j in range(i)], [x for row in [[1, 2], [3]] for x in row])
