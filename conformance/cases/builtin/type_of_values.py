for v in (1, 1.0, 'a', b'a', [], (), {}, set(), None, True, len, type, 1j, range(1)):
    print(type(v).__name__, end=' ')
print()
