print(sum(x for x in range(100) if x % 7 == 0))
