from itertools import combinations, combinations_with_replacement
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 0)), list(combinations(range(2), 3)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
