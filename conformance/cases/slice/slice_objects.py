s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s], slice(5))
print(s.indices(6), slice(None, None, -1).indices(5))
