print(sorted(dict(a=1, b=2).items()), dict([(1, 2), (3, 4)]), dict({5: 6}), dict(), dict(zip([1, 2], 'ab')))
