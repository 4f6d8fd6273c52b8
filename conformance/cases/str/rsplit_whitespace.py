print('  a b  c  '.rsplit(None, 1), 'a b c'.rsplit(maxsplit=1))
