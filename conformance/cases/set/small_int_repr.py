print({1, 2, 3}, set(), {0}, frozenset({5}))
