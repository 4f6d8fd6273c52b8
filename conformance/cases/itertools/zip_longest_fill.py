from itertools import zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest('a', 'b', 'cd')))
