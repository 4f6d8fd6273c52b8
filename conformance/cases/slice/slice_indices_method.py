for s in (slice(None), slice(-2, None), slice(None, None, -2), slice(1, 100, 3), slice(-100, -1)):
    print(s.indices(10))
