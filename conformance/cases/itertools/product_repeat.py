from itertools import product
print(list(product('ab', range(2))), list(product()), list(product('ab', [])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), 'xy', repeat=2))))
