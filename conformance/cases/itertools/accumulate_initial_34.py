from itertools import accumulate
try:
    print(list(accumulate([1, 2], initial=10)))
except TypeError:
    print('TypeError')
