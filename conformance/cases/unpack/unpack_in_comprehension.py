print([a * b for a, b in [(1, 2), (3, 4)]], {k: v for k, v in [(1, 'x'), (2, 'y')]})
