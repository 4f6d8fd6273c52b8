import sys
print(all(isinstance(sys.getsizeof(x), int) for x in (0, 1.5, 'abc', [], {}, (), None)))
print(sys.getsizeof('abcd') > sys.getsizeof(''), sys.getsizeof([1, 2, 3]) > 0)
