# Native iterators survive pickle.loads(pickle.dumps(it, p)) for every
# protocol, also part-consumed; the copy continues where the original was.
import pickle


def advanced(it, n=1):
    for _ in range(n):
        next(it)
    return it


cases = [
    ('list', lambda: iter([1, 2, 3])),
    ('list_adv', lambda: advanced(iter([1, 2, 3]))),
    ('tuple', lambda: iter((1, 2))),
    ('bytes', lambda: iter(b'ab')),
    ('bytearray', lambda: iter(bytearray(b'ab'))),
    ('range', lambda: iter(range(5))),
    ('range_adv', lambda: advanced(iter(range(2, 10, 3)))),
    ('bigrange', lambda: iter(range(2 ** 70, 2 ** 70 + 3))),
    ('set', lambda: iter({1, 2, 3})),
    ('dict', lambda: iter({1: 2, 3: 4})),
    ('dict_values', lambda: iter({1: 2, 3: 4}.values())),
    ('dict_items', lambda: iter({1: 2, 3: 4}.items())),
    ('enumerate', lambda: enumerate([5, 6], 3)),
    ('enumerate_adv', lambda: advanced(enumerate('abc'))),
    ('zip', lambda: zip([1, 2], (7, 8, 9))),
    ('map', lambda: map(abs, [-1, -2])),
    ('filter', lambda: filter(None, [0, 1, 2])),
    ('reversed', lambda: reversed([1, 2, 3])),
    ('reversed_adv', lambda: advanced(reversed([1, 2, 3]))),
    ('reversed_range', lambda: reversed(range(4))),
    ('reversed_tuple', lambda: reversed((1, 2))),
]
for name, make in cases:
    for p in range(5):
        it = make()
        r = pickle.loads(pickle.dumps(it, p))
        print(name, p, type(r).__name__, sorted(r) if 'set' in name else list(r), list(it))

# The str iterator's class is named differently in 3.11: compare the class.
for p in range(5):
    it = advanced(iter('xyz'))
    r = pickle.loads(pickle.dumps(it, p))
    print('str', p, type(r) is type(it), list(r))
    it = iter([1])
    list(it)
    print('exhausted', p, list(pickle.loads(pickle.dumps(it, p))))
    it = reversed('abc')
    print('reversed_str', p, list(pickle.loads(pickle.dumps(it, p))))
