print(range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), range(1, 10, 2) != range(1, 10, 3), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 2)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), {range(3): 1}[range(0, 3)])
