s = {1, 2, 3}
print(sorted(s.union(range(5))), sorted(s.difference([1], (2,))), s.issubset(range(10)), s.isdisjoint('abc'))
