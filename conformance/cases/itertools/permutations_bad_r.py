from itertools import permutations
permutations('abc', -2)
