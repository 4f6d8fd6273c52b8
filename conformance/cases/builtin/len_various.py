print(len([1, 2]), len('abc'), len({1: 2}), len(range(5)), len(b'ab'), len(set()), len((1,)))
