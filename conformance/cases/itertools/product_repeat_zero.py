from itertools import product
print(list(product('ab', repeat=0)))
