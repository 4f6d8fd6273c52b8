print(b'a\tb\tc'.split(b'\t'), b'1 2 3'.split(None, -1), b' a b '.rsplit(maxsplit=1))
