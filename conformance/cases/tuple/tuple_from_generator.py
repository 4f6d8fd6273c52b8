print(tuple(x * x for x in range(5)), tuple(), tuple(range(0)))
