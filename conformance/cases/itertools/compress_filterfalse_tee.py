import itertools
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1])), list(itertools.filterfalse(lambda x: x % 2, range(6))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
