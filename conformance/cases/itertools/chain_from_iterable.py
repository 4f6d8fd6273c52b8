from itertools import chain
print(list(chain()), list(chain('ab', [1], (2,))), list(chain.from_iterable(['xy', 'z'])))
g = chain.from_iterable(iter([range(2), range(3)]))
print(next(g), list(g))
