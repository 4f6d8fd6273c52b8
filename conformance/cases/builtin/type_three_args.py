T = type('T', (), {'a': 1})
print(T.__name__, T().a, T.__bases__)
