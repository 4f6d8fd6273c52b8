range(0, 10, 2).index(3)
