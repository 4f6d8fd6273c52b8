# tuple.index and list.index with start and stop; bad slice indices.
t = (1, 2, 1, 2, 1)
print(t.index(1), t.index(1, 1), t.index(1, 3), t.index(2, -2), t.index(1, -1, 5))
l = list(t)
print(l.index(1, 1), l.index(2, 2, 4), l.index(1, -100, 100), l.index(1, True))
for f in [lambda: t.index(2, 4), lambda: t.index(1, 1, 2), lambda: l.index(1, 5, 0)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__)
for f in [lambda: t.index(1, 'a'), lambda: l.index(1, 0, 1.5), lambda: t.index(1, None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
for f in [lambda: 'abc'.find('a', 'x'), lambda: 'abc'.startswith('a', None, 'x'),
          lambda: 'abc'.count('a', 1.5), lambda: b'abc'.count(b'a', 1.5)]:
    try:
        f()
    except TypeError as e:
        print(e)
print('abc'.find('c', None, None), 'abc'.endswith('b', 0, 2), 'abca'.rfind('a', -2))
(1, 2).index(3)
