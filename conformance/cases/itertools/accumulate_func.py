from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1.5, 2.5])))
