print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
