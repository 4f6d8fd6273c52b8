import pickle
vals = [None, True, 7, -300, 2 ** 70, 0.1, 'text', 'ü', b'raw', (1, 'a'), [1, [2, [3]]],
        {'x': {'y': None}}, {1, 2, 3}, frozenset('ab'), 2j, bytearray(b'z'), range(5)]
for proto in (2, 3, 4, -1):
    ok = all(pickle.loads(pickle.dumps(v, proto)) == v for v in vals)
    print(proto, ok)
for v in [None, 1, 'abc', b'xy', (1, 2), [1, 2], {'a': 1}, {5}, frozenset([6]), 1.25]:
    print(repr(v), pickle.dumps(v, 4))
# Pickles written by CPython with protocols 0 and 1.
old = [b'(lp0\nI1\naVtext\np1\naF2.5\naI01\na(I2\nI3\ntp2\na.',
       b'(dp0\nVa\np1\n(lp2\nL12345678901234567890L\nasVb\np3\nNs.',
       b']q\x00(K\x01X\x01\x00\x00\x00aq\x01G@\x04\x00\x00\x00\x00\x00\x00e.',
       b'c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.',
       b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.',
       b"S'py2 str'\np0\n.", b'U\x03abcq\x00.', b'Vunicode \\u20ac\np0\n.']
for p in old:
    print(pickle.loads(p))
print(pickle.loads(b'U\x03abc.', encoding='bytes'), pickle.loads(b'U\x02\xe9a.', encoding='latin1'))
