# keys and items views compare with sets and with each other, all six operators
d = {1: 'a', 2: 'b'}
k = d.keys()
print(k == {1, 2}, {1, 2} == k, k != {1, 2}, k == {1}, k == frozenset([1, 2]))
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2}, k < {1, 2}, {1} < k)
print(d.items() == {(1, 'a'), (2, 'b')}, d.items() < {(1, 'a'), (2, 'b'), (3, 'c')})
print(k == {1: 0, 2: 0}.keys(), d.items() == {2: 'b', 1: 'a'}.items())
print(k == [1, 2], d.values() == {'a', 'b'})
print(sorted(k & {1, 5}), sorted(k | {3}), sorted(k - {1}), sorted(k ^ {1, 5}))
print(sorted(d.items() & {(1, 'a')}))
try:
    k < [1, 2]
except TypeError as e:
    print('TypeError')
