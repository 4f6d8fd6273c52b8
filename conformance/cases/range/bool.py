print(bool(range(0)), bool(range(1)), bool(range(5, 1)))
