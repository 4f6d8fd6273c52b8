from itertools import permutations
print(list(permutations('abc')))
print(list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations('ab', 3)))
print(len(list(permutations(range(6)))))
