from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3], 10), reduce(operator.add, [], 5), reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []), reduce(max, [4, 9, 2]))
