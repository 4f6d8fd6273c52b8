import itertools
print(list(itertools.permutations('abc', 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.product([0, 1], repeat=2)), len(list(itertools.product('ab', 'cd', 'ef'))))
