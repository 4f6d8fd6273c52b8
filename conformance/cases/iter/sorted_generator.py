print(sorted(x % 4 for x in range(10)))
