import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice('abcdef', 1, 5, 2)))
