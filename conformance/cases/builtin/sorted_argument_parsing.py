# sorted(): iterable=, key/reverse keywords, positional key refused, reverse parsed as an int
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('bca', key=None))
print(sorted([1, 2, 3], reverse=1), sorted([1, 2], reverse=0))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]))
for f in [lambda: sorted([3, 1], None), lambda: [3, 1].sort(None), lambda: sorted([1], reverse=1.5),
          lambda: [1].sort(reverse=1.5), lambda: sorted([1], reverse=None), lambda: [1].sort(reverse='x'),
          lambda: sorted(1), lambda: sorted([1, 2], 1, 2, 3)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', 'iterable' in str(e))
