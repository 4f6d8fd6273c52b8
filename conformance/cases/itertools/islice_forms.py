from itertools import islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice([], 5)))
print(list(islice('abc', None)), list(islice('abcdef', None, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
