s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3))
print([1, 2, 3, 4][slice(None, None, -1)], 'abcdef'[slice(1, None, 2)], (1, 2, 3)[slice(-2, None)])
