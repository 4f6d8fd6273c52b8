import itertools
print(list(itertools.chain([1, 2], 'ab')), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.repeat(7, 3)))
