import pickle
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2 ** 31, 2 ** 31, 2 ** 63, -2 ** 63 - 1,
        2 ** 300, 1.5, -0.0, float('inf'), '', 'abc', 'é€😀', b'', b'x' * 300, b'\x00\xff', (), (1,),
        (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', 2.5], {}, {'a': 1}, {'a': 1, 'b': [2, (3,)]},
        set(), {1, 2}, frozenset([3]), 3 + 4j, bytearray(b'ab'), range(1, 9, 2), slice(1, 2, None),
        ['s', 's'], [[1], [1]]]
for v in vals:
    p = pickle.dumps(v, 3)
    print(repr(v)[:50], p)
shared = [1, 2]
obj = [shared, shared, {'k': shared}]
p = pickle.dumps(obj, protocol=3)
print(p)
back = pickle.loads(p)
print(back, back[0] is back[1], back[2]['k'] is back[0])
big = list(range(2100))
print(len(pickle.dumps(big, 3)), pickle.loads(pickle.dumps(big, 3)) == big)
d = {i: str(i) for i in range(1500)}
print(len(pickle.dumps(d, 3)), pickle.loads(pickle.dumps(d, 3)) == d)
