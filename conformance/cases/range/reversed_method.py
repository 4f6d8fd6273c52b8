print(list(range(3).__reversed__()), list(reversed(range(0))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
print(range(3).__len__(), range(3).__contains__(2), range(5).__getitem__(slice(1, 3)), repr(range(5, 0, -1)))
