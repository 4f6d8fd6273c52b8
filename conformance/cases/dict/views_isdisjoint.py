# keys and items views have isdisjoint
d = {1: 'a', 2: 'b'}
print(d.keys().isdisjoint([3, 4]), d.keys().isdisjoint({2}), d.keys().isdisjoint(iter([])))
print(d.items().isdisjoint([(1, 'a')]), d.items().isdisjoint([(1, 'z'), 5]))
print({}.keys().isdisjoint([1]), hasattr(d.values(), 'isdisjoint'))
try:
    d.keys().isdisjoint(5)
except TypeError as e:
    print('TypeError:', e)
