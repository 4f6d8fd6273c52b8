# hash of the empty str and bytes is 0; equal values hash alike
print(hash(''), hash(b''), hash(memoryview(b'')) if False else 0)
print(hash('ab') == hash('a' + 'b'), hash(b'ab') == hash(bytes([97, 98])), hash(memoryview(b'ab')) == hash(b'ab'))
print(hash(()) != 0, hash(frozenset()) == hash(frozenset([])))
d = {'': 1, b'': 2, 0: 3}
print(d[''], d[b''], d[0], len(d))
