import copy
l = [1, [2, 3]]
c = copy.copy(l)
d = copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], d[1] is l[1])
for v in [{1: [2]}, {1, 2}, frozenset([1]), (1, 2), (1, [2]), 'str', 5, 1.5, None, b'b', bytearray(b'x'), range(3)]:
    a = copy.copy(v)
    b = copy.deepcopy(v)
    print(type(v).__name__, a == v, b == v, a is v, b is v)
