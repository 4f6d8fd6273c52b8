# Protocols 0 and 1 (and 2, 3) write the opcodes CPython writes for simple
# values, and read back what they wrote.
import pickle

vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2 ** 31 - 1,
        2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 70, -2 ** 70, 1.5, -0.0, 1e300,
        float('inf'), '', 'abc', 'a\\b\nc', '\xe9\u20ac\U0001f600', '\ud800',
        b'', b'ab\xff', (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1],
        [1, 2], {}, {1: 2}, bytearray(b'x'), complex(1, 2), range(1, 5, 2),
        slice(1, None), [[1], [1]], ('a', 'a')]
for p in (0, 1, 2, 3):
    for v in vals:
        b = pickle.dumps(v, p)
        r = pickle.loads(b)
        print(p, ascii(v), b, r == v, type(r).__name__)
x = [1]
t = (x, x)
print(pickle.dumps(t, 0))
print(pickle.dumps(t, 1))
print(pickle.dumps({'k': [x, x]}, 0))
for p in range(5):
    l = []
    l.append(l)
    r = pickle.loads(pickle.dumps(l, p))
    t = ([],)
    t[0].append(t)
    r2 = pickle.loads(pickle.dumps(t, p))
    print(p, r[0] is r, r2[0][0] is r2)
print(pickle.loads(b'(lp0\nI1\naI2\na.'), pickle.loads(b'(dp0\nVk\np1\nI00\ns.'))
