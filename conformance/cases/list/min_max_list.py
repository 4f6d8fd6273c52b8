l = [3, 1, 4, 1, 5, 9, 2, 6]
print(min(l), max(l), sum(l), sorted(l)[len(l) // 2])
